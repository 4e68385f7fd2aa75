// Round 8: residue kinds and whole-line flags for the new shapes (lead date, vertical table, menu, buttons, today line).
import assert from 'node:assert/strict';
import type { GongwenDocument } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parse';
import { collapse, crlf } from '../helpers';

const nodes = (doc: GongwenDocument) => doc.residue.map((r) => [r.kind, doc.text.slice(r.start, r.end), r.block, r.wholeLines]);
const tail = ['各乡镇人民政府：', '现将有关事项通知如下。', '某县统计局', '2023年12月8日', ''];

describe('parse: web residue (round 8)', () => {
  it('a page date opening an info bar, a bracketed counter and a line of buttons', () => {
    const t = ['2023-12-08 来源:本站 | 阅读量:31', '某县统计局关于做好统计调查工作的通知', '发布日期：2023年12月8日 （点击次数）', '打印收藏 关闭', ...tail].join('\n');
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(nodes(parse(x)), [
        ['field', '2023-12-08 来源:本站 | 阅读量:31', 0, true],
        ['field', '发布日期：2023年12月8日 （点击次数）', 1, true],
        ['page-ui', '打印收藏 关闭', 1, true],
      ]);
    }
  });
  it('a vertical metadata table, a today line and a menu', () => {
    const t = ['2025年4月16日 星期三', '首页 政府信息公开 新闻中心 网上办事 互动交流', '某县统计局关于做好统计调查工作的通知', '索引号', 'AB123/2023-0001', '发布机构', '某县统计局', ...tail].join('\n');
    assert.deepEqual(nodes(parse(t)), [
      ['field', '2025年4月16日 星期三', 0, true],
      ['breadcrumb', '首页 政府信息公开 新闻中心 网上办事 互动交流', 0, true],
      ['metadata-table', '索引号', 1, true],
      ['metadata-table', 'AB123/2023-0001', 1, true],
      ['metadata-table', '发布机构', 1, true],
      ['metadata-table', '某县统计局', 1, true],
    ]);
  });
  it('collapsed: a glued info bar after the title ends before the 主送 line', () => {
    const t = collapse(['某县统计局关于做好统计调查工作的通知', '发布时间:2023-12-08 09:33信息来源: 某县统计局阅读次数:编辑:张三 字体:【', ...tail].join('\n'));
    assert.deepEqual(
      parse(t).residue.map((r) => t.slice(r.start, r.end)),
      ['发布时间:2023-12-08 09:33信息来源: 某县统计局阅读次数:编辑:张三', '字体:【'],
    );
  });
});
