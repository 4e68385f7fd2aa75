import assert from 'node:assert/strict';
import { noticeSymbols, symbolMatches } from '../../server/src/core/features/workspaceSymbols';
import { parse } from '../../server/src/core/parse/index';
import { createRegistry } from '../../server/src/core/units/registry';
import { collapse } from '../helpers';
import { NOTICE } from '../fixtures/language-features/notice';

describe('features/workspaceSymbols', () => {
  it('lists every heading and task, tasks named with their units', () => {
    for (const text of [NOTICE, collapse(NOTICE)]) {
      const symbols = noticeSymbols(parse(text));
      assert.deepEqual(
        symbols.map((s) => [s.kind, s.name, text.slice(s.range.start, s.range.end), s.container]),
        [
          ['heading', '一、总体要求', '一、总体要求', '嘉兴市推进服务业发展工作方案'],
          ['heading', '一、（一）加快发展现代物流业', '（一）加快发展现代物流业。', '嘉兴市推进服务业发展工作方案'],
          ['heading', '一、（一）1.建设物流园区', '1.建设物流园区。', '嘉兴市推进服务业发展工作方案'],
          ['task', '一、（一）1.建设物流园区（牵头：市发改委；参与：市交通运输局、市商务局）', '1.建设物流园区。', '嘉兴市推进服务业发展工作方案'],
          ['heading', '一、（一）2.培育物流企业', '2.培育物流企业。', '嘉兴市推进服务业发展工作方案'],
          ['task', '一、（一）2.培育物流企业（牵头：市发展改革委；参与：市商务局）', '2.培育物流企业。', '嘉兴市推进服务业发展工作方案'],
          ['heading', '二、保障措施', '二、保障措施', '嘉兴市推进服务业发展工作方案'],
          ['heading', '二、（一）加强组织领导', '（一）加强组织领导。', '嘉兴市推进服务业发展工作方案'],
          ['task', '二、（一）加强组织领导（牵头：市商务局；参与：市财政局、市发改委）', '（一）加强组织领导。', '嘉兴市推进服务业发展工作方案'],
        ],
      );
    }
  });

  it('matches a query on the name, the heading or a unit and its aliases', () => {
    const registry = createRegistry();
    const aliasesOf = (u: string) => {
      const i = registry.lookup(u);
      return i ? [i.name, ...i.aliases] : [];
    };
    const symbols = noticeSymbols(parse(NOTICE));
    const names = (q: string) => symbols.filter((s) => symbolMatches(s, q, aliasesOf)).map((s) => s.name);
    assert.equal(names('').length, 9);
    assert.deepEqual(names('物流'), ['一、（一）加快发展现代物流业', '一、（一）1.建设物流园区', '一、（一）1.建设物流园区（牵头：市发改委；参与：市交通运输局、市商务局）', '一、（一）2.培育物流企业', '一、（一）2.培育物流企业（牵头：市发展改革委；参与：市商务局）']);
    // by unit, through its aliases: the full name finds every task naming 市发改委 or 市发展改革委
    assert.deepEqual(names('市发展和改革委员会'), [
      '一、（一）1.建设物流园区（牵头：市发改委；参与：市交通运输局、市商务局）',
      '一、（一）2.培育物流企业（牵头：市发展改革委；参与：市商务局）',
      '二、（一）加强组织领导（牵头：市商务局；参与：市财政局、市发改委）',
    ]);
    assert.deepEqual(names('财政 局'), ['二、（一）加强组织领导（牵头：市商务局；参与：市财政局、市发改委）']);
    assert.deepEqual(names('不存在'), []);
  });
});
