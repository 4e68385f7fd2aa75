// task-lead-label-mixed: one document naming the same role with two labels (牵头单位 / 牵头部门).
// Labels are grouped by role and by their verb (牵头, 参与, 配合 …): only the noun differs, so the
// fix changes the label's text and nothing else.
import type { TextSpan } from '../../model';
import type { Rule, RuleContext } from '../../rule';

const VERB = /^(牵头|主办|主责|责任|负责|指导|参与|配合|协办|协同|协作|协助)/;

export const rule: Rule = {
  id: 'task-lead-label-mixed',
  defaultSeverity: 'information',
  owner: 'other',
  description: {
    zh: '同一文件对同一分工角色使用了不同标签（如“牵头单位”与“牵头部门”混用），应前后一致。',
    en: 'One document labels the same role two ways (牵头单位 and 牵头部门); use one label throughout.',
  },
  check(ctx: RuleContext) {
    const { doc } = ctx;
    // role|verb → label text → occurrences (document order)
    const groups = new Map<string, Map<string, TextSpan[]>>();
    // a table's rows share their header's label: count each label once
    const counted = new Set<number>();
    // a label as written → without blanks, and its verb (a document writes a handful of labels)
    const read = new Map<string, { label: string; verb: string; keys: Map<string, string> } | null>();
    // (indexed loops: cold code allocates an iterator result per for-of step)
    const assignments = doc.assignments;
    for (let i = 0; i < assignments.length; i++) {
      const entries = assignments[i].entries;
      for (let j = 0; j < entries.length; j++) {
        const e = entries[j];
        const l = e.label;
        if (!l || counted.has(l.start) || ctx.inResidue(l)) continue;
        counted.add(l.start);
        let r = read.get(l.text);
        if (r === undefined) {
          const label = l.text.replace(/[ \t\u3000]/g, '');
          const verb = VERB.exec(label)?.[1];
          read.set(l.text, (r = verb ? { label, verb, keys: new Map() } : null));
        }
        if (r === null) continue;
        // (one string per role and label: a string made anew would be hashed anew at each lookup)
        let key = r.keys.get(e.role);
        if (key === undefined) r.keys.set(e.role, (key = `${e.role}|${r.verb}`));
        let g = groups.get(key);
        if (!g) groups.set(key, (g = new Map()));
        const list = g.get(r.label);
        if (list) list.push(l);
        else g.set(r.label, [l]);
      }
    }
    const findings: { start: number; report: () => void }[] = [];
    for (const [key, g] of groups) {
      if (g.size < 2) continue;
      // the most frequent label; a tie goes to the first used
      let major: string | undefined;
      let majorCount = 0;
      let majorFirst = Infinity;
      for (const [label, occ] of g) {
        if (occ.length > majorCount || (occ.length === majorCount && occ[0].start < majorFirst)) {
          major = label;
          majorCount = occ.length;
          majorFirst = occ[0].start;
        }
      }
      const tie = [...g.values()].filter((o) => o.length === majorCount).length > 1;
      const minority = [...g.entries()].filter(([l]) => l !== major).flatMap(([, occ]) => occ).sort((a, b) => a.start - b.start);
      const counts = [...g.entries()].map(([l, o]) => `“${l}”${o.length}处`).join('、');
      const countsEn = [...g.entries()].map(([l, o]) => `${l} ${o.length}×`).join(', ');
      const role = key.startsWith('lead') ? { zh: '牵头', en: 'lead' } : { zh: '参与', en: 'participant' };
      const first = minority[0];
      findings.push({
        start: first.start,
        report: () =>
          ctx.report({
            range: { start: first.start, end: first.end },
            message: {
              zh: `同一文件中${role.zh}单位的标签不统一（${counts}），建议统一为“${major}”。`,
              en: `This document labels its ${role.en} units two ways (${countsEn}); use “${major}” throughout.`,
            },
            related: minority.slice(1).map((o) => ({
              range: { start: o.start, end: o.end },
              message: { zh: `此处也写作“${o.text}”`, en: `also “${o.text}” here` },
            })),
            fixes: [
              {
                title: { zh: `统一改为“${major}”`, en: `Use “${major}” throughout` },
                edits: minority.map((o) => ({ range: { start: o.start, end: o.end }, newText: major! })),
                safe: !tie,
                preferred: true,
              },
            ],
          }),
      });
    }
    findings.sort((a, b) => a.start - b.start).forEach((f) => f.report());
  },
};
