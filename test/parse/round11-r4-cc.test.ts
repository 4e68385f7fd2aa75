// Real-notice round 11 (R4): a 版记 抄送 line set right after the 成文日期, above the attached document, ends at its
// sentence: the attached 方案 after it is analysed (its numbering, outline and tasks).
import assert from 'node:assert/strict';
import { buildOutline, type OutlineNode } from '../../server/src/core/features/outline';
import { parse } from '../../server/src/core/parse';
import { structureRules } from '../../server/src/core/rules/structure';
import { check, collapse, crlf, locate } from '../helpers';

const heads = (nodes: OutlineNode[], ind = ''): string[] => nodes.flatMap((n) => [`${ind}${n.name}`, ...heads(n.children, ind + '  ')]);
const STRUCTURE = structureRules.map((r) => r.id);

const CC = [
  '某县人民政府办公室关于印发某县森林防火工作方案的通知',
  '各乡镇人民政府，县政府各部门：',
  '《某县森林防火工作方案》已经县政府同意，现印发给你们，请认真贯彻执行。',
  '某县人民政府办公室',
  '2024年1月10日',
  '抄送：县委办公室，县人大常委会办公室。',
  '某县森林防火工作方案',
  '一、工作目标',
  '全年不发生重大森林火灾。',
  '三、工作措施',
  '加强火源管控。',
].join('\n');

describe('round 11: a 抄送 line above the attached document (R4)', () => {
  it('reads the attached document after it: the skip is flagged, the outline shows the 方案 (line per paragraph, collapsed, CRLF)', () => {
    for (const t of [CC, collapse(CC), crlf(CC)]) {
      const doc = parse(t);
      assert.equal(doc.notice.cc?.text, '抄送：县委办公室，县人大常委会办公室。');
      assert.equal(doc.attachment?.title.text, '某县森林防火工作方案');
      assert.deepEqual(heads(buildOutline(doc)).slice(-3), ['  某县森林防火工作方案', '    一、工作目标', '    三、工作措施']);
      const f = check(t, STRUCTURE).map((x) => `${x.ruleId} ${t.slice(x.range.start, x.range.end)}`);
      assert.deepEqual(f, ['numbering-sequence 三、']);
    }
    assert.equal(locate(CC, check(CC, STRUCTURE)[0]).at, '10:1-10:3');
  });

  it('keeps a 抄送 at the end as the 版记 (no attached document after it)', () => {
    const t = CC.split('\n').slice(0, 6).join('\n');
    for (const x of [t, collapse(t), crlf(t)]) {
      const doc = parse(x);
      assert.equal(doc.notice.cc?.text, '抄送：县委办公室，县人大常委会办公室。');
      assert.equal(doc.attachment, undefined);
    }
  });
});
