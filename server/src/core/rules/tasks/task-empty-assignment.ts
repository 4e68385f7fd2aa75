// task-empty-assignment: an assignment label with no unit after it (牵头单位：。 / （牵头单位：）).
import type { Range } from '../../model';
import type { Rule, RuleContext } from '../../rule';
import { isWs } from './shared';

/** Label words a unit list follows; the label must end right before a colon. */
const LABEL_TAIL = /(?:牵头|主办|主责|责任|负责|指导|参与|配合|协办|协同|协作|协助)(?:单位|部门|处室|科室|机关)[ \t\u3000]*$/;
/** Last characters of LABEL_TAIL's nouns. */
const NOUN_END = '位门室关';
/** What may stand right before a label: the start of a line, a space, a sentence end, a bracket, a cell. */
const BEFORE_LABEL = '。；;！？!?，,（(【[|';
/** What closes an empty list. */
const CLOSERS = '。；;）)】]|.';
const UNIT_END = /(?:局|委|办|厅|部|院|会|署|中心|集团|公司|政府|小组|办公室|单位|部门|支行|分行|银行|处|科|室|所|站|队|社|馆|台|团|联)$/;

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/**
 * A label on its own line with the units on the next line (牵头单位：\n市发展改革委、市统计局) is not
 * empty: the next line is short, holds no colon, is no numbered item and ends like a unit name.
 */
function unitsOnNextLine(text: string, lineBreak: number): boolean {
  let n = lineBreak;
  while (n < text.length && isLineBreak(text.charCodeAt(n))) n++;
  let e = n;
  while (e < text.length && !isLineBreak(text.charCodeAt(e)) && e - n < 80) e++;
  const next = text.slice(n, e).trim().replace(/[。；;]$/, '');
  return next.length > 0 && next.length < 80 && !/[：:]/.test(next) && !/^[（(]?[一二三四五六七八九十\d]/.test(next) && UNIT_END.test(next);
}

/**
 * Labels with an empty list found by reading the text around every colon of one line (a piece of the text from
 * a line's start to the next's, its line break included; linear: bounded look-behind). A label never spans a
 * line break, and a line break before it is a place a label may start, so the line alone decides, except
 * whether the next line holds the units: a label whose colon ends its line is returned with the offset of that
 * line break, to be asked of the whole text (unitsOnNextLine). Flat triples: start, end, line break or -1.
 */
function scanEmptyLabels(text: string): number[] {
  const out: number[] = [];
  for (let c = 0; c < text.length; c++) {
    const ch = text.charCodeAt(c);
    if (ch !== 0xff1a && ch !== 0x3a) continue; // ： :
    // the label's noun (单位 部门 处室 科室 机关) ends right before the colon and its blanks
    const from = Math.max(0, c - 8);
    let b = c - 1;
    while (b >= from && (text.charCodeAt(b) === 0x20 || text.charCodeAt(b) === 0x09 || text.charCodeAt(b) === 0x3000)) b--;
    if (b < from || !NOUN_END.includes(text[b])) continue;
    const look = text.slice(from, c);
    const m = LABEL_TAIL.exec(look);
    if (!m) continue;
    const labelStart = c - (look.length - m.index);
    // what stands before the label
    if (labelStart > 0) {
      const p = text.charCodeAt(labelStart - 1);
      if (!isWs(p) && !BEFORE_LABEL.includes(text[labelStart - 1])) continue;
    }
    // what follows the colon
    let k = c + 1;
    while (k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x3000 || text.charCodeAt(k) === 0x09 || text.charCodeAt(k) === 0xa0)) k++;
    if (k < text.length && !isLineBreak(text.charCodeAt(k)) && !CLOSERS.includes(text[k])) continue;
    out.push(labelStart, c + 1, k < text.length && isLineBreak(text.charCodeAt(k)) ? k : -1);
  }
  return out;
}

/** The labels with an empty list in the whole text, line by line (a line's scan is reused while it is unchanged). */
function emptyLabels(ctx: RuleContext): Range[] {
  const { text, lineStarts } = ctx.doc;
  const out: Range[] = [];
  for (let i = 0; i < lineStarts.length; i++) {
    const ls = lineStarts[i];
    const le = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length;
    if (le <= ls) continue;
    const line = text.slice(ls, le);
    const found = ctx.cache.lookup('task-empty-assignment.labels', line, () => scanEmptyLabels(line));
    for (let j = 0; j < found.length; j += 3) {
      if (found[j + 2] >= 0 && unitsOnNextLine(text, ls + found[j + 2])) continue;
      out.push({ start: ls + found[j], end: ls + found[j + 1] });
    }
  }
  return out;
}

export const rule: Rule = {
  id: 'task-empty-assignment',
  defaultSeverity: 'error',
  owner: 'other',
  description: {
    zh: '任务分工标注了“牵头单位”“参与部门”等标签，但未写明具体单位。',
    en: 'An assignment label (牵头单位, 参与部门 …) with no unit after it.',
  },
  check(ctx: RuleContext) {
    const { doc } = ctx;
    const text = doc.text;
    const found = new Map<number, Range>();
    for (const a of doc.assignments) {
      if (a.form === 'table') continue; // an empty cell is no label of its own (task-missing-lead judges rows)
      for (const e of a.entries) {
        if (!e.label || e.units.length > 0) continue;
        if (/[\u4e00-\u9fff]/.test(e.list.text)) continue; // words the parser could not split: not empty
        const after = e.colon ? e.colon.end : e.label.end;
        let k = after;
        while (k < text.length && (text[k] === ' ' || text[k] === '\u3000' || text[k] === '\t')) k++;
        if (k < text.length && isLineBreak(text.charCodeAt(k)) && unitsOnNextLine(text, k)) continue;
        // (a label in brackets, 【牵头单位】, is found from its opening bracket)
        const open = e.colon && (e.colon.text[0] === '】' || e.colon.text[0] === ']') ? 1 : 0;
        found.set(e.label.start - open, { start: e.label.start - open, end: e.colon ? e.colon.end : e.label.end });
      }
    }
    for (const r of emptyLabels(ctx)) if (!found.has(r.start)) found.set(r.start, r);
    const addressee = doc.notice.addressee;
    for (const r of [...found.values()].sort((a, b) => a.start - b.start)) {
      if (ctx.inResidue(r)) continue;
      if (addressee && r.start >= addressee.start && r.end <= addressee.end) continue;
      const label = text.slice(r.start, r.end).replace(/[ \t\u3000]*[：:]$/, '').replace(/^[【[](.*)[】\]]$/, '$1');
      const role = /^(?:主要)?(参与|配合|协办|协同|协作|协助)/.test(label) ? 'participant' : 'lead';
      ctx.report({
        range: r,
        message: {
          zh: `“${label}”后未写明具体单位。请补写${role === 'lead' ? '牵头' : '参与'}单位名称，或删除该标签。`,
          en: `“${label}” names no unit. Write the ${role === 'lead' ? 'lead' : 'participating'} unit(s), or remove the label.`,
        },
      });
    }
  },
};
