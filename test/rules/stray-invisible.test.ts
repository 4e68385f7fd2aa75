import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { check, collapse, crlf, seedText } from '../helpers';

const base = '一、工作要求\n加快服务业发展，提升服务水平。\n牵头单位：市发展改革委。';

function only(text: string) {
  return check(text, ['stray-invisible']);
}

describe('stray-invisible', () => {
  it('is silent on the seed and on clean text with U+3000 and spaces', () => {
    assert.deepEqual(only(seedText()), []);
    assert.deepEqual(only('\u3000\u3000加快服务业发展。 牵头单位：\u3000市发展改革委。'), []);
    assert.deepEqual(only(collapse(base)), []);
  });

  const cases: [string, string, string][] = [
    ['zero-width', '加快\u200b\u200b服务业', '加快服务业'],
    ['U+FFFD', '加快\ufffd服务业', '加快服务业'],
    ['control', '加快\u0007服务业', '加快服务业'],
    ['entity', '加快&nbsp;服务业', '加快 服务业'],
    ['quote entities', '&ldquo;十二五&rdquo;', '“十二五&rdquo;'],
    ['numeric entity', '加快&#8220;服务', '加快“服务'],
    ['tag', '加快服务业<br/>发展', '加快服务业发展'],
    ['tag with attributes', '<span style="x">服务业</span>', '服务业</span>'],
    ['mojibake', '加快锟斤拷锟斤拷服务业', '加快服务业'],
  ];
  for (const [name, text, afterFirstFix] of cases) {
    for (const [layout, t] of [['lines', `${base}\n${text}`], ['crlf', crlf(`${base}\n${text}`)], ['collapsed', collapse(`${base}\n${text}`)]] as const) {
      it(`finds ${name} (${layout}) and its fix removes only it`, () => {
        const found = only(t);
        assert.ok(found.length >= 1);
        const fixed = applyEdits(t, found[0].fixes[0].edits);
        assert.equal(fixed, t.replace(text, afterFirstFix));
      });
    }
  }

  it('reports adjacent hits of one kind once, with the exact range', () => {
    const t = '甲\u200b\u200b\u200b乙';
    const found = only(t);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].range, { start: 1, end: 4 });
  });

  it('leaves 《》, maths and unknown tags alone', () => {
    assert.deepEqual(only('《关于加快发展的意见》中 a<b 且 c>d，<待定>事项'), []);
    assert.deepEqual(only('R&D投入和A&B两项'), []);
  });

  // real-notice trial (issue 6): a page pasted with its HTML (`</p><p style="…">`) — one finding per run of tags
  it('reports a run of adjacent HTML tags once, naming the run; the fix removes the run only', () => {
    const line = '<p>各市、县人民政府：</p><p style="text-align: right;"> 山西省人民政府</p><p><br/></p>';
    for (const t of [`${base}\n${line}`, crlf(`${base}\n${line}`)]) {
      const found = only(t);
      assert.deepEqual(found.map((f) => t.slice(f.range.start, f.range.end)), ['<p>', '</p><p style="text-align: right;">', '</p><p><br/></p>']);
      assert.match(found[1].message.zh, /HTML 标记“<\/p><p style="text-a…”/);
      assert.equal(applyEdits(t, found[2].fixes[0].edits), t.replace('</p><p><br/></p>', ''));
    }
  });

  it('turns <br> between two units in a table cell into 、 (the fix), and deletes it elsewhere', () => {
    const head = '某县人民政府办公室关于印发某县防汛工作方案的通知\n各乡镇人民政府：\n| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n';
    for (const br of ['<br>', '<br/>', '<BR />', '<br><br>']) {
      const row = `| 1 | 农村改厕 | 县农业农村局${br}县卫生健康局 | 2024年6月底前 |`;
      for (const t of [`${head}${row}\n`, crlf(`${head}${row}\n`)]) {
        const found = only(t);
        assert.deepEqual(found.map((f) => t.slice(f.range.start, f.range.end)), [br]);
        assert.deepEqual(found[0].fixes[0].edits, [{ range: { start: t.indexOf(br), end: t.indexOf(br) + br.length }, newText: '、' }]);
        assert.equal(found[0].fixes[0].safe, true);
        const fixed = applyEdits(t, found[0].fixes[0].edits);
        assert.ok(fixed.includes('| 县农业农村局、县卫生健康局 |'));
        assert.deepEqual(check(fixed).filter((f) => f.ruleId === 'unit-run-together' || f.ruleId === 'stray-invisible'), []);
      }
    }
    // after a full stop, outside a table, or beside a bar: the tag goes and nothing takes its place
    for (const [line, br] of [
      ['| 1 | 加强管理。<br>完善制度。 | 县农业农村局 | 2024年6月底前 |', '<br>'],
      ['　　县农业农村局<br>县卫生健康局负责。', '<br>'],
      ['| 1 | 农村改厕 |<br>县农业农村局 | 2024年6月底前 |', '<br>'],
      ['| 1 | 农村改厕 | 县农业农村局<p>县卫生健康局 | 2024年6月底前 |', '<p>'],
    ]) {
      for (const t of [`${head}${line}\n`, collapse(`${head}${line}\n`)]) {
        const found = only(t);
        assert.deepEqual(found.map((f) => [t.slice(f.range.start, f.range.end), f.fixes[0].edits[0].newText]), [[br, '']], line);
      }
    }
  });
});
