// unit-run-together: two unit names joined with no separator (市行政审批局市司法局).
// A split is proposed only where the left part ends in a body's suffix and the right part starts
// with a place/level prefix and ends in a body's suffix itself; names that are one body
// (市委宣传部, 人行嘉兴市中心支行, 市公安局市北分局, 市委市政府信访局 …) never split.
import type { UnitRef } from '../../model';
import type { Rule, RuleContext } from '../../rule';
import { documentUnits } from '../../units/document';
import { isGroupUnit, q } from './shared';

/** Suffixes that end a body's name (longest first). */
const SUFFIXES = ['管委会', '办公室', '办公厅', '委员会', '领导小组', '小组', '中心', '集团', '政府', '公司', '学校', '总局', '局', '委', '办', '厅', '部', '院', '会', '署', '所', '站', '队', '馆'];
/** Subordinate bodies named after their parent: 市公安局市北分局 is one unit. */
const BRANCH = /(?:分局|支行|分行|支队|大队|分中心|分院|分公司|分会|派出所|中队|办事处)$/;
/** Place / level prefixes that start a body's name. */
const PREFIXES = ['自治区', '自治州', '国家', '省', '市', '县', '区', '州', '盟', '旗', '镇', '乡', '街道', '各'];
/** Words starting with a prefix character that are not a place: 市场, 市政(公用), 区域 … */
const NOT_PLACE_AT = /(?:市场|市政(?!府)|市民|市容|市内|市区|区域|区块|县域|省内|省外|各类|各项|各级|镇村|乡村|乡镇|街道办)/y;
/** A party committee (市委, 县委, 中共X市委): what follows belongs to it (市委宣传部, 市委市政府信访局). */
const PARTY = /(?:[市县区省州旗盟]|党|工|纪)委$/;
/** Core suffixes for a confident (safe) fix. */
const CORE = /(?:局|委|办|厅|部|政府|管委会|中心)$/;
const PLACE_START = /^(?:自治区|国家|省|市|县|区)/;

/** s (up to `end`) ends with a body's suffix. */
function endsWithSuffix(s: string, end = s.length): boolean {
  // (indexed: cold code allocates an iterator result per for-of step)
  for (let i = 0; i < SUFFIXES.length; i++) if (s.endsWith(SUFFIXES[i], end)) return true;
  return false;
}

/** s from `at` starts with a place or level (and goes on after it). */
function startsWithPlace(s: string, at = 0): boolean {
  NOT_PLACE_AT.lastIndex = at;
  if (NOT_PLACE_AT.test(s)) return false;
  // 各 starts a body's name only before a place or level (各县（市、区）政府); 市政府各委办局, 省政府各厅委 are the
  // bodies OF the name before it, one unit
  if (s.startsWith('各', at)) return startsWithPlace(s, at + 1) && !s.startsWith('各', at + 1);
  for (let i = 0; i < PREFIXES.length; i++) if (s.startsWith(PREFIXES[i], at) && s.length - at > PREFIXES[i].length) return true;
  return false;
}

function isOpen(ch: string): boolean {
  return ch === '（' || ch === '(' || ch === '【' || ch === '[' || ch === '〔';
}
function isClose(ch: string): boolean {
  return ch === '）' || ch === ')' || ch === '】' || ch === ']' || ch === '〕';
}

/** Offsets (within name) where a separator is missing; empty when the name is one body. */
export function findJoins(name: string): number[] {
  const n = name.length;
  if (n < 6 || n > 60) return []; // longer than any unit name: not a name the list parser split
  // candidate points: bracket depth 0, left ends with a suffix (or a closing bracket after one), right starts with a place
  const cand: number[] = [];
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const ch = name[i];
    if (isOpen(ch)) depth++;
    else if (isClose(ch)) depth = Math.max(0, depth - 1);
    const cut = i + 1;
    if (depth !== 0 || cut >= n - 2 || cut < 3) continue;
    if (!(endsWithSuffix(name, cut) || isClose(ch))) continue;
    if (!startsWithPlace(name, cut)) continue;
    cand.push(cut);
  }
  if (cand.length === 0) return [];
  // accept splits left to right so every part is a well-formed name of its own
  let joins = cand;
  for (let changed = true; changed; ) {
    changed = false;
    const points = [0, ...joins, n];
    for (let k = 1; k < points.length - 1; k++) {
      const left = name.slice(points[k - 1], points[k]);
      const right = name.slice(points[k], points[k + 1]);
      const leftOk = left.length >= 3 && !PARTY.test(left.replace(/[（(].*$/, '')) && !left.endsWith('总局') && (endsWithSuffix(left) || isClose(left[left.length - 1]));
      const rightOk = right.length >= 3 && endsWithSuffix(right) && !BRANCH.test(right);
      if (!leftOk || !rightOk) {
        // drop this join: its two sides are one name (or the right side continues past the next join)
        joins = joins.filter((j) => j !== points[k]);
        changed = true;
        break;
      }
    }
  }
  return joins;
}

export const rule: Rule = {
  id: 'unit-run-together',
  defaultSeverity: 'warning',
  owner: 'unit',
  description: {
    zh: '两个单位名称连写，中间缺少顿号。',
    en: 'Two unit names run together with no separator between them.',
  },
  check(ctx: RuleContext) {
    const { doc } = ctx;
    const memo = new Map<string, number[]>();
    const joinsOf = (name: string): number[] => {
      let joins = memo.get(name);
      if (!joins) {
        joins = ctx.cache.lookup('unit-run-together.joins', name, () => findJoins(name));
        if (joins.length > 0 && (ctx.units.lookup(name) || isGroupUnit(ctx, name))) joins = [];
        memo.set(name, joins);
      }
      return joins;
    };
    // a finding needs a unit whose text runs two names together: most documents have none (the texts of the
    // document's units, each once, tell)
    const du = documentUnits(ctx);
    const texts = du.texts;
    let any = false;
    for (let i = 0; i < texts.length && !any; i++) any = joinsOf(texts[i]).length > 0;
    if (!any) return;
    const units: UnitRef[] = [];
    for (const a of doc.assignments) for (const e of a.entries) units.push(...e.units);
    if (doc.notice.addressee) units.push(...doc.notice.addressee.units);
    // (member lists, 成员单位：A、B: checked, though no task's)
    units.push(...du.members);
    const seen = new Set<number>();
    for (const u of units) {
      if (seen.has(u.start)) continue;
      seen.add(u.start);
      const name = u.text;
      const joins = joinsOf(name);
      if (joins.length === 0 || ctx.inResidue(u)) continue;
      const parts: string[] = [];
      [0, ...joins].forEach((p, k) => parts.push(name.slice(p, k < joins.length ? joins[k] : name.length)));
      const known = ctx.units.classify(name).status === 'run-together' || parts.every((p) => ctx.units.lookup(p) !== undefined);
      const plain = parts.every((p) => p.length <= 16 && PLACE_START.test(p) && CORE.test(p) && !/[（()）]/.test(p));
      ctx.report({
        range: { start: u.start, end: u.end },
        message: {
          zh: `${parts.map((p) => q(p)).join('与')}连写在一起，中间缺少顿号“、”。`,
          en: `${parts.map((p) => q(p)).join(' and ')} run together; separate them with 、.`,
        },
        fixes: [
          {
            title: { zh: '在单位名称之间加顿号', en: 'Insert 、 between the unit names' },
            edits: joins.map((j) => ({ range: { start: u.start + j, end: u.start + j }, newText: '、' })),
            safe: known || plain,
            preferred: true,
          },
        ],
      });
    }
  },
};
