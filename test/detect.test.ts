import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DETECT_LIMIT, detectNotice, looksLikeNotice } from '../server/src/core/features/detect';
import { collapse, crlf, halfWidth, root, seedText } from './helpers';

const notice = `关于做好2024年春节期间安全生产工作的通知

各县（市、区）人民政府，市政府各部门、直属各单位：
为做好春节期间安全生产工作，现将有关事项通知如下。
一、压实安全责任
各地要落实属地管理责任。
牵头单位：市应急管理局。参与部门：市公安局、市消防救援支队。
二、加强隐患排查
（一）开展专项检查。
嘉兴市人民政府办公室
2024年1月20日
（此件公开发布）
`;

const negatives: Record<string, string> = {
  readme: `# gongwen-tools

一个用于整理文本文件的小工具。

## 安装

    npm install gongwen-tools

## 用法

运行 \`gongwen check 文件.txt\` 查看结果。关于配置的说明见 docs/config.md。

## 许可

MIT
`,
  novel: `第三章 雪夜

二〇一〇年冬天的雪下得格外早。老局长站在窗前，望着院子里那棵老槐树，想起了二十年前的那个决定。
“关于那份通知，你怎么看？”他回头问道。
小李愣了一下：“我觉得……还是再等等吧。”
一、二、三，他在心里默数着脚步声，直到走廊尽头的门被轻轻推开。
那天是2010年12月9日，天色已晚。
`,
  code: `// 关于通知的处理逻辑
import { notify } from './notify';

export function 发送通知(list: string[]): void {
  for (const unit of list) {
    notify(unit, '关于召开会议的通知');
  }
}
// 一、初始化
const config = { 牵头单位: 'x' };
`,
  chat: `[09:12] 张三：大家看到关于放假的通知了吗？
[09:13] 李四：看到了，各部门：请注意查收
[09:13] 王五：一、先确认时间 二、再订票
[09:15] 张三：2024年2月9日开始放
[09:16] 李四：好的
`,
  departments: `市发展改革委
市经信局
市教育局
市科技局
市公安局
市民政局
市财政局
市人力社保局
市自然资源局
市生态环境局
`,
  empty: '',
  titleOnly: '关于做好2024年春节期间安全生产工作的通知\n\n今天天气很好，我们去公园散步了。\n',
  structureOnly: '各县（市、区）人民政府，市政府各部门：\n一、压实安全责任\n牵头单位：市应急管理局。\n',
};

describe('looksLikeNotice', () => {
  it('detects the seed (title on line 1 followed by " | |", collapsed body)', () => {
    const d = detectNotice(seedText());
    assert.equal(d.notice, true);
    assert.equal(d.title, '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知');
    assert.equal(d.sign, '各县(市、区)人民政府,市政府各部门、直属各单位:');
  });

  for (const name of readdirSync(join(root, 'test', 'samples')).filter((f) => f.endsWith('.txt'))) {
    it(`detects the sample ${name}`, () => {
      assert.equal(looksLikeNotice(readFileSync(join(root, 'test', 'samples', name), 'utf8')), true);
    });
  }

  it('finds the title of each sample as written, including a title over two lines', () => {
    const read = (n: string) => readFileSync(join(root, 'test', 'samples', n), 'utf8');
    assert.equal(detectNotice(read('guobanfa-2018-128-wufeichengshi.txt')).title, '国务院办公厅关于印发“无废城市”建设试点工作方案的通知');
    assert.equal(detectNotice(read('lishui-2023-zhongdian-gongzuo.txt')).title, '市政府工作报告重点工作责任分解(2023年)');
    assert.equal(
      detectNotice(read('xian-2022-fangguanfu-table.txt')).title,
      '西安市贯彻落实陕西省《2022年深化“放管服”改革优化营商环境工作要点》分工方案',
    );
  });

  it('detects a notice in every layout: per line, collapsed, CRLF, half-width, with a BOM', () => {
    for (const t of [notice, collapse(notice), crlf(notice), halfWidth(notice), '\ufeff' + notice, collapse(halfWidth(notice))])
      assert.equal(looksLikeNotice(t), true, t.slice(0, 60));
  });

  it('accepts each structural sign on its own', () => {
    const title = '嘉兴市人民政府关于加强安全生产工作的意见';
    const signs = [
      '各县（市、区）人民政府，市政府各部门：',
      '一、总体要求',
      '（一）加强组织领导',
      '二〇一〇年十二月九日',
      '二○一○年十二月九日',
      '2010年12月9日',
      '牵头单位：市发展改革委。',
      '责任单位:市财政局',
      '加强统筹协调（市发展改革委牵头）。',
    ];
    for (const s of signs) {
      const d = detectNotice(`${title}\n${s}\n正文。\n`);
      assert.equal(d.notice, true, s);
      assert.equal(d.title, title);
    }
  });

  it('accepts each title form', () => {
    const titles = [
      '关于进一步加强安全生产工作的意见',
      '嘉兴市人民政府关于同意设立嘉兴经济技术开发区的批复',
      '市教育局关于2023年工作情况的报告',
      '国务院关于印发“十四五”规划的通知',
      '浙江省人民政府办公厅关于推进数字政府建设的实施方案（试行）',
      '嘉兴市推进服务业发展工作方案',
      '嘉政发〔2009〕61号',
    ];
    for (const t of titles) assert.equal(looksLikeNotice(`${t}\n一、总体要求\n正文。\n`), true, t);
  });

  for (const [name, text] of Object.entries(negatives)) {
    it(`does not serve a ${name}`, () => {
      assert.equal(looksLikeNotice(text), false, JSON.stringify(detectNotice(text)));
    });
  }

  it(`looks only at the first ${DETECT_LIMIT} characters`, () => {
    const filler = '今天天气很好，我们去公园散步了。\n'.repeat(Math.ceil(DETECT_LIMIT / 16) + 1);
    assert.equal(looksLikeNotice(filler + notice), false);
    assert.equal(looksLikeNotice(notice + filler), true);
  });

  it('is fast on a large text (linear, bounded by the head it reads)', () => {
    const big = 'x'.repeat(20_000_000);
    const t0 = Date.now();
    assert.equal(looksLikeNotice(big), false);
    const long = ('关于'.repeat(50) + '市'.repeat(50) + '，').repeat(200);
    assert.equal(looksLikeNotice(long), false);
    assert.ok(Date.now() - t0 < 500, `took ${Date.now() - t0} ms`);
  });
});
