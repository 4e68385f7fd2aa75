// Round 9: residue kinds and whole-line flags for the new shapes (comma-joined bar, share buttons, forum chrome, PDF page
// numbers, download block, bullet list of index values).
import assert from 'node:assert/strict';
import type { GongwenDocument } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parse';
import { collapse, crlf } from '../helpers';

const nodes = (doc: GongwenDocument) => doc.residue.map((r) => [r.kind, doc.text.slice(r.start, r.end), r.block, r.wholeLines]);
const title = '某县人民政府关于做好抗旱工作的通知';
const tail = ['各乡镇人民政府：', '现将有关事项通知如下。', '某县人民政府', '2023年4月12日'];

describe('parse: web residue (round 9)', () => {
  it('a comma-joined info bar, share buttons and an empty font switch in the head', () => {
    const t = ['• 微信', '• 微博', '来源:专题维护,被阅读6415次,日期:2018-12-29【打印】【关闭窗口', title, '【字体:      】  打印', ...tail, ''].join('\n');
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(nodes(parse(x)), [
        ['page-ui', '• 微信', 0, true],
        ['page-ui', '• 微博', 0, true],
        ['field', '来源:专题维护,被阅读6415次,日期:2018-12-29', 0, false],
        ['page-ui', '【打印】【关闭窗口', 0, false],
        ['page-ui', '【字体:      】  打印', 1, true],
      ]);
    }
  });
  it('a bullet list of index values, a download block and page numbers', () => {
    const t = ['  • AB1234/2023-00030', '  • 某府〔2023〕47号', '  • 2023-04-12', title, tail[0], '有效预防和减少森', '— 2 —', '林火灾发生。', ...tail.slice(1), '文件附件：', '抗旱方案.pdf', ''].join('\n');
    assert.deepEqual(nodes(parse(t)), [
      ['metadata-table', '• AB1234/2023-00030', 0, true],
      ['metadata-table', '• 某府〔2023〕47号', 0, true],
      ['metadata-table', '• 2023-04-12', 0, true],
      ['page-ui', '— 2 —', 1, true],
      ['page-ui', '文件附件：', 2, true],
      ['page-ui', '抗旱方案.pdf', 2, true],
    ]);
    const c = collapse(t);
    assert.deepEqual(
      parse(c).residue.map((r) => [r.kind, c.slice(r.start, r.end), r.wholeLines]),
      [
        ['page-ui', '— 2 —', false],
        ['page-ui', '文件附件： 抗旱方案.pdf', false],
      ],
    );
  });
});
