// The confusable-word list compiled into one lookup keyed by first character; one linear scan.
import type { Range } from '../../model';
import data from './confusables.json';

export interface Confusable {
  wrong: string;
  right: string;
  /** Strings that, standing right before the match, make it correct (拿着名单). */
  notAfter?: string[];
  /** Strings that, standing right after the match, make it correct (着名单). */
  notBefore?: string[];
  /**
   * Words one of which must follow the match soon (登陆 → 登录 only before 网站, 平台…): within `span` characters
   * after it, before any of the `stop` characters, a blank or a line break (a piece's context: see matchConfusables).
   */
  near?: { words: string[]; span: number; stop: string };
  hits: string[];
  misses: string[];
  note?: string;
  /** Both forms are standard: reported only by typo-style (off by default). */
  style?: boolean;
  /** The fix is not safe to apply blindly. */
  safe?: boolean;
}

export const confusables: Confusable[] = data as Confusable[];

/** Entries by first UTF-16 unit (its code: no string per position when scanning), longest first. */
const byFirst = new Map<number, Confusable[]>();
for (const e of confusables) {
  const k = e.wrong.charCodeAt(0);
  const list = byFirst.get(k) ?? [];
  list.push(e);
  byFirst.set(k, list);
}
for (const list of byFirst.values()) list.sort((a, b) => b.wrong.length - a.wrong.length);
/** 1 for a UTF-16 unit that starts some entry: a typed-array test per position before the Map lookup. */
const isFirst = new Uint8Array(0x10000);
for (const k of byFirst.keys()) isFirst[k] = 1;

export interface ConfusableHit extends Range {
  entry: Confusable;
}

function contextAllows(text: string, e: Confusable, start: number, end: number, to: number): boolean {
  if (e.notAfter) for (const s of e.notAfter) if (text.endsWith(s, start)) return false;
  if (e.notBefore) for (const s of e.notBefore) if (text.startsWith(s, end)) return false;
  if (e.near) return nearAfter(text, e.near, end, to);
  return true;
}

/** One of near.words starts within near.span characters from `end` (and ends before `to`), no stop between. */
function nearAfter(text: string, near: NonNullable<Confusable['near']>, end: number, to: number): boolean {
  const last = Math.min(to, end + near.span);
  for (let j = end; j < last; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13 || c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || near.stop.includes(text[j])) return false;
    for (const w of near.words) if (j + w.length <= to && text.startsWith(w, j)) return true;
  }
  return false;
}

/**
 * Every confusable in the text, longest match first at each position, matches not overlapping.
 * Work per position is bounded by the entries sharing its first character: linear in the text.
 */
export function findConfusables(text: string): ConfusableHit[] {
  const out: ConfusableHit[] = [];
  const found = matchConfusables(text);
  for (let k = 0; k < found.length; k += 2) {
    const entry = confusables[found[k + 1]];
    out.push({ start: found[k], end: found[k] + entry.wrong.length, entry });
  }
  return out;
}

/** Index of each entry in `confusables`. */
const indexOf = new Map<Confusable, number>(confusables.map((e, i) => [e, i]));

/**
 * findConfusables in text[from, to) as flat pairs (offset from `from`, index into `confusables`): a
 * plain value to keep per piece.
 * An entry holds no blank and no line break, and no context string does, and a `near` window stops at
 * them: a piece cut after a blank or at a line break finds what the whole text finds there.
 */
export function matchConfusables(text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isFirst[c] !== 1) continue;
    const cands = byFirst.get(c);
    if (!cands) continue;
    for (let ci = 0; ci < cands.length; ci++) {
      const e = cands[ci];
      if (!text.startsWith(e.wrong, i)) continue;
      const end = i + e.wrong.length;
      if (!contextAllows(text, e, i, end, to)) continue;
      out.push(i - from, indexOf.get(e) as number);
      i = end - 1;
      break;
    }
  }
  return out.length === 0 ? NONE : out;
}
const NONE: number[] = [];
