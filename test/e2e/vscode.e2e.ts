// End to end: the packaged extension in a real VS Code (code-server, started by scripts/e2e/run.mjs)
// driven in Debian's Chromium by playwright-core. Run with `npm run test:e2e` (not part of `npm test`).
// Every step waits for a condition with an explicit timeout; nothing is retried.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run this suite with \`npm run test:e2e\``);
  return v;
};
const URL = env('GONGWEN_E2E_URL');
const WORKSPACE = env('GONGWEN_E2E_WORKSPACE');
const CS_PID = Number(env('GONGWEN_E2E_CODE_SERVER_PID'));
const PROFILE = env('GONGWEN_E2E_CHROME_PROFILE');
const SHOTS = env('GONGWEN_E2E_SHOTS');
const DOC_IMAGES = env('GONGWEN_E2E_DOC_IMAGES');
const ROOT = path.resolve(__dirname, '../..');
const SEED_FILE = path.join(WORKSPACE, 'seed.txt');
const SEED = fs.readFileSync(path.join(ROOT, 'seeds/000_0d713a18524f5318.txt'), 'utf8');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The window used for the checks and the screenshots (small enough for the README images). */
const VIEWPORT = { width: 1280, height: 800 };
const T = { ui: 15_000, server: 60_000 };

let context: BrowserContext;
let page: Page;
let shotNo = 0;

async function shot(name: string): Promise<string> {
  const file = path.join(SHOTS, `${String(++shotNo).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** A README image: JPEG at quality 70 of the current window. */
async function docImage(name: string): Promise<void> {
  fs.mkdirSync(DOC_IMAGES, { recursive: true });
  const file = path.join(DOC_IMAGES, `${name}.jpg`);
  await page.screenshot({ path: file, type: 'jpeg', quality: 70 });
  const kb = fs.statSync(file).size / 1024;
  assert.ok(kb < 100, `${file} is ${kb.toFixed(0)} KB (must stay under 100 KB)`);
}

/** Runs a command from the palette by its label (the first match must be exactly that label). */
async function command(label: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: T.ui });
  await input.fill(`>${label}`);
  const focused = page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused');
  await focused.filter({ hasText: label }).first().waitFor({ timeout: T.ui });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T.ui });
}

/** The server processes: `node …/dist/server.js` descendants of the code-server we started. */
function serverPids(): number[] {
  let out = '';
  try {
    out = execFileSync('pgrep', ['-f', 'dist/server.js'], { encoding: 'utf8' });
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
  return out
    .split('\n')
    .filter(Boolean)
    .map(Number)
    .filter((pid) => isDescendant(pid, CS_PID));
}

function isDescendant(pid: number, ancestor: number): boolean {
  for (let p = pid, i = 0; p > 1 && i < 64; i++) {
    if (p === ancestor) return true;
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      p = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      return false;
    }
  }
  return false;
}

async function waitFor<T>(what: string, ms: number, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const problems = (): Locator => page.locator('.markers-panel');
/** Shows only the problems matching text (the Problems filter matches codes too). */
async function filterProblems(text: string): Promise<void> {
  const filter = page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
  await filter.waitFor({ state: 'visible', timeout: T.ui });
  await filter.fill(text);
}
/** Text of the rendered Problems rows. */
async function problemRows(): Promise<string[]> {
  return problems().locator('.monaco-list-row').allInnerTexts();
}

async function saveAndRead(): Promise<string> {
  const before = fs.statSync(SEED_FILE).mtimeMs;
  await page.keyboard.press('Control+S');
  await waitFor('seed.txt saved', T.ui, () => fs.statSync(SEED_FILE).mtimeMs !== before || undefined);
  // The dirty marker goes away once the save is done.
  await page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: T.ui });
  return fs.readFileSync(SEED_FILE, 'utf8');
}

async function focusEditor(): Promise<void> {
  await page.locator('.editor-instance .monaco-editor textarea').first().focus();
}

describe('Gongwen in VS Code (code-server, Chromium)', function () {
  this.timeout(180_000);

  before(async () => {
    context = await chromium.launchPersistentContext(PROFILE, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
    });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${URL}?folder=${encodeURIComponent(WORKSPACE)}`);
    await page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: T.server });
  });

  after(async () => {
    await context?.close();
  });

  it('serves seed.txt as a notice with the default settings', async () => {
    await command('Go to File...');
    // (the palette command leaves the quick-open box for files)
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: T.ui });
    await input.fill('seed.txt');
    await page.locator('.quick-input-widget .monaco-list-row.focused').filter({ hasText: 'seed.txt' }).waitFor({ timeout: T.ui });
    await page.keyboard.press('Enter');
    await page.locator('.tab.active').filter({ hasText: 'seed.txt' }).waitFor({ timeout: T.ui });
    // The language indicator: the plain-text file is served as 公文 (the language's first alias).
    const mode = page.locator('[id="status.editor.mode"]');
    await mode.filter({ hasText: '公文' }).waitFor({ timeout: T.server });
    // The status item: the decision (checked as a notice) with its findings and tasks.
    const item = page.locator('.statusbar-item').filter({ hasText: 'Notice' });
    await item.filter({ hasText: /tasks/ }).waitFor({ timeout: T.server });
    const text = await item.innerText();
    assert.match(text, /Notice/);
    assert.match(text, /24 tasks/);
    await shot('served');
  });

  it('lists the expected findings with their codes in the Problems panel', async () => {
    await command('View: Focus Problems (Errors, Warnings, Infos)');
    await problems().waitFor({ timeout: T.ui });
    const codes = ['date-zero-character', 'stray-spam', 'unit-unknown', 'typo-confusable', 'stray-web-residue', 'stray-table-pipe'];
    await problems().locator('.monaco-list-row').filter({ hasText: 'stray-spam' }).first().waitFor({ timeout: T.server });
    await shot('problems');
    await docImage('problems');
    for (const code of codes) {
      await filterProblems(code);
      await problems().locator('.monaco-list-row').filter({ hasText: `gongwen(${code})` }).first().waitFor({ timeout: T.ui });
    }
    await filterProblems('date-zero-character');
    const rows = (await problemRows()).filter((r) => r.includes('gongwen(date-zero-character)'));
    assert.equal(rows.length, 2, rows.join('\n'));
    await filterProblems('');
  });

  it('shows 一、二、三 and the nested items in the Outline view', async () => {
    await command('Explorer: Focus on Outline View');
    const outline = page.locator('.outline-pane');
    await outline.locator('.monaco-list-row').first().waitFor({ timeout: T.server });
    await shot('outline');
    const labels = async () => outline.locator('.monaco-list-row .outline-element-label, .monaco-list-row .monaco-highlighted-label').allInnerTexts();
    const seen = await labels();
    console.log(seen.slice(0, 40));
    for (const want of ['一、总体要求', '二、工作重点', '（一）出台服务业发展规划和深化政策意见']) {
      assert.ok(seen.some((l) => l.includes(want.replace(/[（）]/g, (c) => c)) || l.includes(want.replace('（', '(').replace('）', ')'))), `outline lacks ${want}: ${seen.join(' | ')}`);
    }
    await docImage('outline');
  });

  it('applies the quick fix for date-zero-character and the finding disappears', async () => {
    await focusEditor();
    await command('Go to Line/Column...');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.fill(':5:79');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row').filter({ hasText: 'Replace with 〇' }).first();
    await fix.waitFor({ timeout: T.server });
    await shot('quick-fix-menu');
    await fix.click();
    const text = await saveAndRead();
    const at = SEED.split('\n').slice(0, 4).join('\n').length + 1 + 78;
    assert.equal(SEED[at], '○');
    assert.equal(text, SEED.slice(0, at) + '〇' + SEED.slice(at + 1));
    await command('View: Focus Problems (Errors, Warnings, Infos)');
    await filterProblems('date-zero-character');
    await waitFor('one date-zero-character finding left', T.server, async () => {
      const rows = (await problemRows()).filter((r) => r.includes('gongwen(date-zero-character)'));
      return rows.length === 1 || undefined;
    });
    await shot('quick-fix-applied');
    await filterProblems('');
  });

  it('Format Document puts one paragraph per line', async () => {
    await focusEditor();
    const before = fs.readFileSync(SEED_FILE, 'utf8');
    const expected = execFileSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'fmt', SEED_FILE], { encoding: 'utf8' });
    await command('Format Document');
    const text = await saveAndRead();
    assert.notEqual(text, before);
    assert.equal(text, expected);
    const lines = text.split(/\r?\n/);
    for (const h of ['一、总体要求', '二、工作重点', '三、保障措施']) assert.ok(lines.includes(h), `no line ${h}`);
    await shot('formatted');
  });

  it('lists units in the task view 任务 · 按单位', async () => {
    await command('Explorer: Focus on Tasks by Unit View');
    const view = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: /Tasks by Unit/i }) });
    await view.locator('.monaco-list-row').filter({ hasText: '市发展改革委' }).first().waitFor({ timeout: T.server });
    await shot('task-view');
    await docImage('tasks-by-unit');
  });

  it('brings the server back with diagnostics after it is killed', async () => {
    const [pid, ...more] = serverPids();
    assert.ok(pid, 'no dist/server.js process under the code-server we started');
    assert.equal(more.length, 0, `several servers: ${[pid, ...more]}`);
    process.kill(pid, 'SIGKILL');
    const next = await waitFor('a new server process', T.server, () => serverPids().find((p) => p !== pid));
    assert.notEqual(next, pid);
    // A new finding, introduced after the restart, must be reported by the new server.
    await focusEditor();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('二○二四年一月一日\n');
    await command('View: Focus Problems (Errors, Warnings, Infos)');
    await filterProblems('date-zero-character');
    await problems().locator('.monaco-list-row').filter({ hasText: '[Ln 1, Col 2]' }).first().waitFor({ timeout: T.server });
    await shot('restarted');
  });
});
