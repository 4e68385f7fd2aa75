// Comparing titles as a drafter would: bracket width, nested 书名号, line breaks and spaces do not count.

const map: Record<string, string> = {
  '（': '(', '）': ')', '〈': '《', '〉': '》', '＜': '《', '＞': '》',
  '“': '"', '”': '"', '‘': "'", '’': "'", '「': '"', '」': '"', '『': '"', '』': '"',
  '：': ':', '，': ',', '；': ';', '－': '-', '—': '-', '–': '-',
};

/** The comparable form of a title: no blanks or line breaks, one width, 〈〉 read as 《》, outer 《》 dropped. */
export function normalizeTitle(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/\s/.test(ch) || ch === '\u3000') continue;
    out += map[ch] ?? ch;
  }
  if (out.startsWith('《') && out.endsWith('》')) out = out.slice(1, -1);
  return out;
}
