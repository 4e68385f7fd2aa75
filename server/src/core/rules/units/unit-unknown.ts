// unit-unknown: a unit name that neither the registry nor the grammar of unit names accepts, injected spam
// inside a unit name, or a near miss of a known unit (市财正局 for 市财政局). Suggestions replace the name.
import type { Range } from '../../model';
import type { Fix, Report, Rule, RuleContext } from '../../rule';
import { documentUnits, inDocumentOrder, type NameUnits } from '../../units/document';
import { normalizeName, trimUnitText } from '../../units/grammar';
import type { UnitRegistry } from '../../units/registry';

const q = (s: string) => `“${s}”`;

/** Longest continuation looked at after a break (a department's tail: 委, 局, 办公室, 管委会 …). */
const MAX_TAIL = 8;
/** Characters that end the continuation: list separators, sentence ends, brackets, a table bar. */
const TAIL_STOP = new Set('、，,。；;：:（()）|【】[]“”"'.split(''));

function isBlankOrBreak(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x0d || c === 0x0a;
}

/**
 * A name cut by a hard line wrap (text pasted from a PDF: 园区党工⏎委、…), or by the space a collapsed paste put
 * in its place: the blanks after the name (one line break at most, no blank line) and the piece of the next
 * line up to the first separator, when that piece is no unit by itself and the two together make a known or
 * well-formed name. Bounded work per name.
 */
function brokenName(text: string, end: number, name: string, units: UnitRegistry): { gapEnd: number; joined: string } | undefined {
  let i = end;
  let breaks = 0;
  while (i < text.length && i < end + 8 && isBlankOrBreak(text.charCodeAt(i))) {
    if (text.charCodeAt(i) === 0x0a) breaks++;
    i++;
  }
  if (i === end || breaks > 1 || i >= text.length) return undefined;
  const gapEnd = i;
  const first = text.charCodeAt(i);
  if (first < 0x3400) return undefined; // a numbering (2.), a letter or a mark begins something new
  while (i < text.length && i - gapEnd <= MAX_TAIL && !isBlankOrBreak(text.charCodeAt(i)) && !TAIL_STOP.has(text[i])) i++;
  if (i - gapEnd > MAX_TAIL) return undefined;
  const tail = text.slice(gapEnd, i);
  // (a body's ending alone, 办 or 局, names no unit in a list even where the registry knows it as a short form)
  const alone = tail.length < 2 ? 'unknown' : units.classify(normalizeName(tail)).status;
  if (alone === 'known' || alone === 'group') return undefined;
  const joined = name + tail;
  const status = units.classify(normalizeName(joined)).status;
  // a tail well-formed alone but without a place (改革局 after 县发展) continues the name only when the two make
  // a unit the registry knows (县发展改革局)
  if (alone === 'grammar') return status === 'known' ? { gapEnd, joined } : undefined;
  return status === 'known' || status === 'grammar' ? { gapEnd, joined } : undefined;
}

/**
 * A unit reference whose name a blank splits (农 办, 县财 政局: a scraped page's lost layout): the blank run between
 * two Chinese characters, when the name before it is none of its own. Undefined when there is none, or more than one.
 */
function innerBlank(name: string): { start: number; end: number } | undefined {
  let found: { start: number; end: number } | undefined;
  for (let i = 1; i < name.length; i++) {
    if (!isBlankOrBreak(name.charCodeAt(i)) || isBlankOrBreak(name.charCodeAt(i - 1))) continue;
    let j = i;
    while (j < name.length && isBlankOrBreak(name.charCodeAt(j))) j++;
    if (j === name.length) break;
    if (found || !isHan(name.charCodeAt(i - 1)) || !isHan(name.charCodeAt(j))) return undefined;
    found = { start: i, end: j };
    i = j;
  }
  return found;
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

function splitFinding(ctx: RuleContext, head: Range, gap: Range, tail: string, joined: string): Report {
  return {
    range: head,
    message: {
      zh: `单位名称${q(ctx.doc.text.slice(head.start, head.end))}被换行（或空格）拆断，与其后的${q(tail)}合为${q(joined)}；应删除其间的换行或空格。`,
      en: `Unit name ${q(ctx.doc.text.slice(head.start, head.end))} is broken by a line break (or a space) before ${q(tail)}; together they make ${q(joined)}. Remove the break.`,
    },
    fixes: [
      {
        title: { zh: `删除换行，合为${q(joined)}`, en: `Remove the break: ${q(joined)}` },
        edits: [{ range: gap, newText: '' }],
        safe: false,
        preferred: true,
      },
    ],
  };
}

export const rule: Rule = {
  id: 'unit-unknown',
  defaultSeverity: 'warning',
  owner: 'unit',
  description: {
    zh: '单位名称无法识别、疑似笔误，或混入了无关字符。',
    en: 'A unit name that is not recognised, looks like a slip, or has foreign text injected into it.',
  },
  check(ctx: RuleContext) {
    const du = documentUnits(ctx);
    // names a blank splits (农 办, 县财 政局) that are fine once joined: said to be split, the join their fix
    for (let i = 0; i < du.texts.length; i++) {
      const raw = du.texts[i];
      if (raw.indexOf(' ') < 0 && raw.indexOf('\u3000') < 0 && raw.indexOf('\t') < 0 && raw.indexOf('\n') < 0 && raw.indexOf('\r') < 0) continue;
      const r = trimUnitText(raw);
      const written = raw.slice(r.start, r.end);
      const gap = innerBlank(written);
      if (!gap) continue;
      const n = du.byName.get(normalizeName(written));
      if (!n || du.unknown(n.name) || (n.c.status !== 'known' && n.c.status !== 'grammar')) continue;
      const head = ctx.units.classify(normalizeName(written.slice(0, gap.start))).status;
      if (head === 'known' || head === 'grammar' || head === 'group') continue;
      for (const occ of du.occurrences(n)) {
        if (occ.text !== written || ctx.inResidue(occ.range)) continue;
        const s = occ.range.start;
        ctx.report(splitFinding(ctx, { start: s, end: s + gap.start }, { start: s + gap.start, end: s + gap.end }, written.slice(gap.end), n.name));
      }
    }
    // the names with a verdict, then their occurrences in document order
    const flagged: NameUnits[] = [];
    for (let i = 0; i < du.names.length; i++) if (du.unknown(du.names[i].name)) flagged.push(du.names[i]);
    if (flagged.length === 0) return;
    let broken: { gapEnd: number; joined: string } | undefined;
    for (const occ of inDocumentOrder(du, flagged)) {
      const v = du.unknown(occ.name)!;
      if (ctx.inResidue(occ.range)) continue;
      const fixes: Fix[] = v.suggestions.map((s, k) => ({
        title: { zh: `改为${q(s)}`, en: `Replace with ${q(s)}` },
        edits: [{ range: occ.range, newText: s }],
        safe: false,
        ...(k === 0 ? { preferred: true } : {}),
      }));
      const zhDid = v.suggestions.length ? `是否应为${v.suggestions.map(q).join('、')}？` : '';
      const enDid = v.suggestions.length ? ` Did you mean ${v.suggestions.map(q).join(', ')}?` : '';
      if (v.kind === 'spam') {
        const sp = occ.c.spam!;
        const run = occ.c.name.slice(sp.start, sp.end);
        ctx.report({
          range: occ.range,
          severity: 'error',
          message: {
            zh: `单位名称${q(occ.text)}中混入了与单位无关的字符${q(run)}，疑为注入的垃圾信息，应为规范的单位名称。${zhDid}`,
            en: `Unit name ${q(occ.text)} has unrelated text ${q(run)} injected into it (spam); a unit's proper name is expected.${enDid}`,
          },
          fixes,
        });
      } else if (v.kind === 'malformed' && (broken = brokenName(ctx.doc.text, occ.range.end, occ.text, ctx.units))) {
        const { gapEnd, joined } = broken;
        const tail = ctx.doc.text.slice(gapEnd, gapEnd + joined.length - occ.text.length);
        ctx.report({
          range: occ.range,
          message: {
            zh: `单位名称${q(occ.text)}被换行（或空格）拆断，与其后的${q(tail)}合为${q(joined)}；应删除其间的换行或空格。`,
            en: `Unit name ${q(occ.text)} is broken by a line break (or a space) before ${q(tail)}; together they make ${q(joined)}. Remove the break.`,
          },
          fixes: [
            {
              title: { zh: `删除换行，合为${q(joined)}`, en: `Remove the break: ${q(joined)}` },
              edits: [{ range: { start: occ.range.end, end: gapEnd }, newText: '' }],
              safe: false,
              preferred: true,
            },
          ],
        });
      } else if (v.kind === 'malformed') {
        ctx.report({
          range: occ.range,
          message: {
            zh: `无法识别单位名称${q(occ.text)}：不符合“地名＋层级＋部门＋机构类别”的构成（如市财政局、嘉兴市发展改革委），也不在单位名录中。${zhDid || '请核对单位全称或规范简称。'}`,
            en: `Unit name ${q(occ.text)} is not recognised: it is not of the form place + level + department + kind of body (市财政局, 嘉兴市发展改革委) and is in no registry.${enDid || ' Check the full name or its standard abbreviation.'}`,
          },
          fixes,
        });
      } else {
        ctx.report({
          range: occ.range,
          message: {
            zh: `单位名称${q(occ.text)}与已知单位仅差一两个字，疑为笔误。${zhDid}`,
            en: `Unit name ${q(occ.text)} differs from a known unit by one or two characters; probably a slip.${enDid}`,
          },
          fixes,
        });
      }
    }
  },
};
