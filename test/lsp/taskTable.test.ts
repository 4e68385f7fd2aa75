// gongwen/taskTable and gongwen/unitTasks over the real server (stdio).
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { computeLineStarts, offsetToPosition } from '../../server/src/core/text';
import { SEED_TASKS, 各县 } from '../fixtures/taskTable/seedTasks';
import { seedPath, seedText } from '../helpers';
import type { TaskRow, UnitTasksJson } from '../../server/src/lsp/protocol';
import { TestClient } from './client';

type Row = TaskRow;
type Unit = UnitTasksJson;

const notice = [
  '关于做好2024年防汛工作的通知',
  '各县（市、区）人民政府，市政府各部门：',
  '一、加强监测预警',
  '（一）完善监测网络。加密雨量站点（市气象局牵头，市水利局参与）。开展汛前检查（市应急管理局牵头）。',
  '（二）健全预警发布机制。',
  '牵头单位：市发改委',
  '参与单位：市财政局、市水利局',
  '完成时限：2024年6月底前',
  '二、强化工程建设',
  '牵头单位：市发展改革委',
  '（一）加快水库除险加固。',
  '市人民政府',
  '2024年3月1日',
  '',
].join('\n');

const slice = (text: string, r: TaskRow['range']): string => {
  const ls = computeLineStarts(text);
  return text.slice(ls[r.start.line] + r.start.character, ls[r.end.line] + r.end.character);
};

describe('lsp: gongwen/taskTable and gongwen/unitTasks', function () {
  this.timeout(60000);
  let client: TestClient;
  const uri = 'untitled:防汛通知';
  const seedUri = pathToFileURL(seedPath).href;

  before(async () => {
    client = new TestClient();
    await client.start();
    await client.open(uri, notice);
    await client.open(seedUri, seedText());
  });
  after(async () => client.stop());

  it('taskTable: the seed\'s rows (24, each value) and the markdown text', async () => {
    const r = await client.request<{ rows: Row[]; text: string }>('gongwen/taskTable', { uri: seedUri });
    assert.deepEqual(
      r.rows.map((x) => [x.path, x.task, x.leads, x.participants]),
      SEED_TASKS,
    );
    const text = seedText();
    const ls = computeLineStarts(text);
    assert.deepEqual(r.rows[0].range.start, offsetToPosition(ls, text.indexOf('1.研究制定')));
    const lines = r.text.split('\n');
    assert.equal(lines[0], '| 序号 | 任务 | 牵头单位 | 参与单位 | 完成时限 |');
    assert.equal(lines.length, 2 + 24 + 1);
    assert.equal(lines[25], '| 三、(五) | 加强服务业宣传 | 市委宣传部 | 市发展改革委、嘉广集团、嘉报集团 |  |');
  });

  it('taskTable: csv and json formats; rows with ranges, shared paths, deadline, inherited lead', async () => {
    const csv = await client.request<{ rows: Row[]; text: string }>('gongwen/taskTable', { uri, format: 'csv' });
    assert.equal(
      csv.text,
      '\ufeff序号,任务,牵头单位,参与单位,完成时限\r\n' +
        '一、（一）（之一）,完善监测网络,市气象局,市水利局,\r\n' +
        '一、（一）（之二）,开展汛前检查,市应急管理局,,\r\n' +
        '一、（二）,健全预警发布机制,市发改委,市财政局、市水利局,2024年6月底前\r\n' +
        '二、（一）,加快水库除险加固,市发展改革委,,\r\n',
    );
    assert.deepEqual(csv.rows, [
      { path: '一、（一）（之一）', task: '完善监测网络', leads: ['市气象局'], participants: ['市水利局'], part: 1, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 32 } } },
      { path: '一、（一）（之二）', task: '开展汛前检查', leads: ['市应急管理局'], participants: [], part: 2, range: { start: { line: 3, character: 32 }, end: { line: 3, character: 49 } } },
      {
        path: '一、（二）',
        task: '健全预警发布机制',
        leads: ['市发改委'],
        participants: ['市财政局', '市水利局'],
        deadline: '2024年6月底前',
        range: { start: { line: 4, character: 0 }, end: { line: 7, character: 14 } },
      },
      { path: '二、（一）', task: '加快水库除险加固', leads: ['市发展改革委'], participants: [], leadInherited: true, range: { start: { line: 10, character: 0 }, end: { line: 10, character: 12 } } },
    ]);
    assert.deepEqual(csv.rows.map((r) => slice(notice, r.range).split('\n')[0]), [
      '（一）完善监测网络。加密雨量站点（市气象局牵头，市水利局参与）。',
      '开展汛前检查（市应急管理局牵头）。',
      '（二）健全预警发布机制。',
      '（一）加快水库除险加固。',
    ]);
    const json = await client.request<{ rows: Row[]; text: string }>('gongwen/taskTable', { uri, format: 'json' });
    assert.deepEqual(JSON.parse(json.text), csv.rows);
  });

  it('unitTasks: units merged through the registry, leads and joins with ranges', async () => {
    const r = await client.request<{ units: Unit[]; tasks: Row[] }>('gongwen/unitTasks', { uri });
    assert.equal(r.tasks.length, 4);
    assert.deepEqual(
      r.units.map((u) => [u.name, u.names, u.leads.map((l) => l.path), u.joins.map((l) => l.path)]),
      [
        // one use each: the first written form names the unit
        ['市发改委', ['市发改委', '市发展改革委'], ['一、（二）', '二、（一）'], []],
        ['市气象局', ['市气象局'], ['一、（一）（之一）'], []],
        ['市应急管理局', ['市应急管理局'], ['一、（一）（之二）'], []],
        ['市水利局', ['市水利局'], [], ['一、（一）（之一）', '一、（二）']],
        ['市财政局', ['市财政局'], [], ['一、（二）']],
      ],
    );
    const fgw = r.units[0];
    assert.equal(fgw.canonical, '市发展和改革委员会');
    assert.deepEqual(fgw.leads[1], {
      task: 3,
      path: '二、（一）',
      label: '加快水库除险加固',
      range: { start: { line: 10, character: 0 }, end: { line: 10, character: 12 } },
      inherited: true,
      mentions: [{ start: { line: 9, character: 5 }, end: { line: 9, character: 11 } }],
    });
    assert.deepEqual(fgw.leads[0].mentions.map((m) => slice(notice, m)), ['市发改委']);
    assert.deepEqual(r.units[3].joins.map((l) => l.mentions.map((m) => slice(notice, m))), [['市水利局'], ['市水利局']]);
  });

  it('unitTasks on the seed: 各县(市、区)政府 joins 11 tasks, 市发展改革委 leads 13', async () => {
    const r = await client.request<{ units: Unit[] }>('gongwen/unitTasks', { uri: seedUri });
    const fgw = r.units[0];
    assert.equal(fgw.name, '市发展改革委');
    assert.equal(fgw.leads.length, 13);
    const group = r.units.find((u) => u.name === 各县)!;
    assert.equal(group.leads.length, 0);
    assert.equal(group.joins.length, 11);
  });

  it('follows edits: the new version\'s tasks', async () => {
    const edited = notice.replace('牵头单位：市发改委', '牵头单位：市财政局');
    const wait = client.diagnostics(uri, (p) => p.version === 2);
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    await wait;
    const r = await client.request<{ units: Unit[] }>('gongwen/unitTasks', { uri });
    assert.deepEqual(r.units.find((u) => u.name === '市财政局')!.leads.map((l) => l.path), ['一、（二）']);
    assert.deepEqual(r.units.find((u) => u.name === '市发展改革委')!.names, ['市发展改革委']);
  });

  it('an unknown document or bad params: empty answers, the server stays up', async () => {
    const none = await client.request<{ rows: Row[]; text: string }>('gongwen/taskTable', { uri: 'file:///nowhere.txt' });
    assert.deepEqual(none.rows, []);
    assert.equal(none.text, '| 序号 | 任务 | 牵头单位 | 参与单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n');
    assert.deepEqual(await client.request('gongwen/unitTasks', { uri: 42 }), { units: [], tasks: [] });
    assert.deepEqual(await client.request('gongwen/unitTasks', null), { units: [], tasks: [] });
    const odd = await client.request<{ rows: Row[] }>('gongwen/taskTable', { uri, format: 'xlsx' });
    assert.equal(odd.rows.length, 4);
    assert.ok(await client.alive());
  });
});
