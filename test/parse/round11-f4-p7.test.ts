// Round 11 (F4, P7, prose side): a note's unit list hard-wrapped inside a name (县发展⏎改革局) goes on after the wrap:
// the name is one unit (unit-unknown says it is split by the break) and the unit after it is kept.
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { taskTableRows } from '../../server/src/core/features/taskTable';
import { check, crlf, halfWidth, locate } from '../helpers';

const rows = (t: string): string[] => taskTableRows(parse(t)).map((r) => `${r.path} | ${r.task} | ${r.leads.join('、')} | ${r.participants.join('、')}`);

describe('round 11 (F4, P7): 县发展⏎改革局 in a note', () => {
  const t = [
    '某县统计工作方案',
    '一、主要任务',
    '（一）开展经济普查。全面摸清全县单位底数（牵头单位：县统计局，责任单位：县发展',
    '改革局、县市场监管局）。',
    '（二）开展人口抽样调查。（牵头单位：县统计局）',
    '',
  ].join('\n');
  it('keeps every participant, the wrapped name joined (LF, CRLF, half-width)', () => {
    for (const v of [t, crlf(t), halfWidth(t)]) {
      const o = v.includes('(一)') ? '(一)' : '（一）';
      assert.deepEqual(rows(v)[0], `一、${o} | 开展经济普查 | 县统计局 | 县发展改革局、县市场监管局`);
    }
  });
  it('unit-unknown still names the break on 县发展, its fix deletes the line break', () => {
    for (const v of [t, crlf(t)]) {
      const fs = check(v, ['unit-unknown']);
      assert.deepEqual(fs.map((f) => locate(v, f).at + ' ' + locate(v, f).text), ['3:37-3:40 县发展']);
      assert.match(fs[0].message.zh, /被换行（或空格）拆断，与其后的“改革局”合为“县发展改革局”/);
    }
  });
  it('a list ending in a full name before the wrap still ends there (县财政局⏎改革…)', () => {
    const v = t.replace('县发展\n改革局、', '县财政局\n');
    assert.deepEqual(rows(v)[0], '一、（一） | 开展经济普查 | 县统计局 | 县财政局');
  });
});
