// Comparing titles as a drafter would: bracket width, nested 书名号, line breaks and spaces do not count.

const map: Record<string, string> = {
  '（': '(', '）': ')', '〈': '《', '〉': '》', '＜': '《', '＞': '》', '<': '《', '>': '》',
  '“': '"', '”': '"', '‘': "'", '’': "'", '「': '"', '」': '"', '『': '"', '』': '"',
  '：': ':', '，': ',', '；': ';', '－': '-', '—': '-', '–': '-',
};

/** The comparable form of a title: no blanks or line breaks, one width, 〈〉 and <> read as 《》, outer 《》 dropped. */
export function normalizeTitle(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/\s/.test(ch) || ch === '\u3000') continue;
    out += map[ch] ?? ch;
  }
  if (out.startsWith('《') && out.endsWith('》')) out = out.slice(1, -1);
  // 关于印发《X的通知 (the 》 left out): the lone 《 is punct-unbalanced's finding, the name is X
  else if (out.startsWith('《') && !out.includes('》')) out = out.slice(1);
  return out;
}
