// task-lead-also-participant: one task naming the same unit as its lead and as a participant.
import type { Assignment, AssignmentEntry, UnitRef } from '../../model';
import type { Rule, RuleContext } from '../../rule';
import { deleteUnitEdit, isGroupUnit, normalizeUnit, q } from './shared';

interface Occ {
  unit: UnitRef;
  entry: AssignmentEntry;
  index: number;
}

/** 责任单位 / 责任部门 / 负责单位: a label for every unit answerable for the task, not for helpers only. */
function answerableLabel(text: string, entry: AssignmentEntry): boolean {
  if (!entry.label) return false;
  const l = text.slice(entry.label.start, entry.label.end);
  return l.startsWith('责任') || l.startsWith('负责');
}

/**
 * 牵头单位：A 责任单位：A、B — a 责任单位 list naming all the units answerable for the task, its lead(s) first (a
 * common 分工 convention, not a slip): the occurrence and every unit before it in its list are leads.
 */
function leadsListedFirst(text: string, p: Occ, leadBy: Map<string, UnitRef>, keysOf: (name: string) => string[]): boolean {
  if (!answerableLabel(text, p.entry)) return false;
  const units = p.entry.units;
  for (let k = 0; k < p.index; k++) {
    if (!keysOf(units[k].text).some((key) => leadBy.has(key))) return false;
  }
  return true;
}

export const rule: Rule = {
  id: 'task-lead-also-participant',
  defaultSeverity: 'warning',
  owner: 'other',
  description: {
    zh: '同一项任务中，同一单位既列为牵头单位又列为参与单位。',
    en: 'One task names the same unit as its lead and as a participant.',
  },
  check(ctx: RuleContext) {
    const { doc } = ctx;
    // each task's own assignments; assignments no task holds are judged on their own
    const groups: Assignment[][] = [];
    const held = new Set<Assignment>();
    for (const t of doc.tasks) {
      if (t.assignments.length === 0) continue;
      groups.push(t.assignments);
      for (const a of t.assignments) held.add(a);
    }
    for (const a of doc.assignments) if (!held.has(a)) groups.push([a]);

    const seen = new Set<number>();
    // identity keys of a unit: its normalised text, and the registry's key for it (aliases share one)
    const keyMemo = new Map<string, string[]>();
    const keysOf = (name: string): string[] => {
      let k = keyMemo.get(name);
      if (!k) {
        const n = normalizeUnit(name);
        k = ['n|' + n];
        if (!/[（）]/.test(n)) {
          const c = ctx.units.classify(n);
          if (c.status === 'known' && c.key) k.push('k|' + c.key);
        }
        keyMemo.set(name, k);
      }
      return k;
    };
    // (indexed loops: cold code allocates an iterator result per for-of step)
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi];
      // the group's leads by key (the first lead with each key), then its participants in order
      const leadBy = new Map<string, UnitRef>();
      for (let i = 0; i < g.length; i++) {
        const entries = g[i].entries;
        for (let j = 0; j < entries.length; j++) {
          const entry = entries[j];
          const units = entry.units;
          for (let index = 0; index < units.length; index++) {
            const unit = units[index];
            if ((unit.role ?? entry.role) !== 'lead') continue;
            const ks = keysOf(unit.text);
            for (let k = 0; k < ks.length; k++) if (!leadBy.has(ks[k])) leadBy.set(ks[k], unit);
          }
        }
      }
      if (leadBy.size === 0) continue;
      for (let i = 0; i < g.length; i++) {
        const entries = g[i].entries;
        for (let j = 0; j < entries.length; j++) {
          const entry = entries[j];
          const units = entry.units;
          for (let index = 0; index < units.length; index++) {
            const unit = units[index];
            if ((unit.role ?? entry.role) === 'lead' || seen.has(unit.start)) continue;
            const ks = keysOf(unit.text);
            let lead: UnitRef | undefined;
            for (let k = 0; k < ks.length; k++) {
              const l = leadBy.get(ks[k]);
              if (l && l.start !== unit.start) {
                lead = l;
                break;
              }
            }
            if (!lead || ctx.inResidue(unit) || isGroupUnit(ctx, unit.text)) continue;
            const p: Occ = { unit, entry, index };
            if (leadsListedFirst(doc.text, p, leadBy, keysOf)) continue;
            seen.add(unit.start);
            const del = p.entry.units.length > 1 ? deleteUnitEdit(doc.text, p.entry.units, p.index) : undefined;
            ctx.report({
              range: { start: p.unit.start, end: p.unit.end },
              message: {
                zh: `${q(p.unit.text)}已列为本项任务的牵头单位，不宜同时列为参与单位。`,
                en: `${q(p.unit.text)} already leads this task; it should not also be listed as a participant.`,
              },
              related: [{ range: { start: lead.start, end: lead.end }, message: { zh: '列为牵头单位', en: 'named as lead here' } }],
              fixes: del
                ? [{ title: { zh: '从参与单位中删除', en: 'Remove it from the participants' }, edits: [{ range: del, newText: '' }], safe: false }]
                : [],
            });
          }
        }
      }
    }
  },
};
