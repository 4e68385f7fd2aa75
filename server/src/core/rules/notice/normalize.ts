// Comparing titles as a drafter would: bracket width, nested 书名号, line breaks and spaces do not count.

const map: Record<string, string> = {
  '（': '(', '）': ')', '〈': '《', '〉': '》', '＜': '《', '＞': '》', '<': '《', '>': '》',
  '“': '"', '”': '"', '‘': "'", '’': "'", '「': '"', '」': '"', '『': '"', '』': '"',
  '：': ':', '，': ',', '；': ';', '－': '-', '—': '-', '–': '-',
  // (a range mark in a year range, （2024～2026年） / （2024—2026年） / （2024-2026年）: punct-range's business, not a new name)
  '～': '-', '~': '-', '〜': '-', '―': '-', '─': '-',
};

/** The comparable form of a title: no blanks or line breaks, one width, 〈〉 and <> read as 《》, outer 《》 dropped. */
export function normalizeTitle(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/\s/.test(ch) || ch === '\u3000') continue;
    const c = map[ch] ?? ch;
    // (—— and -- read as one mark)
    if (c === '-' && out.endsWith('-')) continue;
    out += c;
  }
  if (out.startsWith('《') && out.endsWith('》')) out = out.slice(1, -1);
  // 关于印发《X的通知 (the 》 left out): the lone 《 is punct-unbalanced's finding, the name is X
  else if (out.startsWith('《') && !out.includes('》')) out = out.slice(1);
  return out;
}
