// End to end: the packaged extension in a real VS Code (code-server, started by scripts/e2e/run.mjs)
// driven in Debian's Chromium by playwright-core. Run with `npm run test:e2e` (not part of `npm test`).
// Every step waits for a condition with an explicit timeout; nothing is retried.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
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
/** The text of seed.txt as the previous step left it (saved). */
let current = SEED;

async function shot(name: string): Promise<string> {
  const file = path.join(SHOTS, `${String(++shotNo).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** A README image: JPEG (quality 70) of the part of the window covering these elements. */
async function docImage(name: string, ...parts: Locator[]): Promise<void> {
  fs.mkdirSync(DOC_IMAGES, { recursive: true });
  const file = path.join(DOC_IMAGES, `${name}.jpg`);
  let box = { x0: VIEWPORT.width, y0: VIEWPORT.height, x1: 0, y1: 0 };
  for (const part of parts) {
    const b = await part.boundingBox();
    assert.ok(b, `${name}: an element to capture is not visible`);
    box = { x0: Math.min(box.x0, b.x), y0: Math.min(box.y0, b.y), x1: Math.max(box.x1, b.x + b.width), y1: Math.max(box.y1, b.y + b.height) };
  }
  const clip = { x: Math.max(0, box.x0), y: Math.max(0, box.y0), width: Math.min(VIEWPORT.width, box.x1) - Math.max(0, box.x0), height: Math.min(VIEWPORT.height, box.y1) - Math.max(0, box.y0) };
  await page.screenshot({ path: file, type: 'jpeg', quality: 70, clip });
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

/**
 * The server processes: `node …/dist/server.js` (what `pgrep -f dist/server.js` finds, read from /proc)
 * restricted to descendants of the code-server we started.
 */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const e of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    let cmdline = '';
    try {
      cmdline = fs.readFileSync(`/proc/${e}/cmdline`, 'utf8');
    } catch {
      continue; // gone
    }
    if (cmdline.includes('dist/server.js') && isDescendant(Number(e), CS_PID)) pids.push(Number(e));
  }
  return pids;
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
/** The rendered Problems rows as `code [Ln l, Col c]` (gongwen's findings only). */
async function problemList(): Promise<string[]> {
  const rows = await problems().locator('.monaco-list-row').allInnerTexts();
  const out: string[] = [];
  for (const row of rows) {
    const parts = row.split('\n').map((x) => x.trim());
    const pos = parts.at(-1) ?? '';
    if (/^\[Ln \d+, Col \d+\]$/.test(pos) && parts.at(-3) === 'gongwen') out.push(`${parts.at(-2)} ${pos}`);
  }
  return out.sort();
}

/**
 * Waits until the Problems list (read with the panel maximized, so that every row is rendered) satisfies
 * `ok`, and returns it; the panel is restored afterwards.
 */
async function waitProblems(what: string, ok: (list: string[]) => boolean): Promise<string[]> {
  await command('View: Focus Problems (Errors, Warnings, Infos)');
  await problems().waitFor({ timeout: T.ui });
  await command('View: Toggle Maximized Panel');
  let seen: string[] = [];
  try {
    await waitFor(what, T.server, async () => {
      seen = await problemList();
      return ok(seen) || undefined;
    });
  } catch (e) {
    throw new Error(`${(e as Error).message}\nProblems: ${seen.join(', ')}`);
  } finally {
    await command('View: Toggle Maximized Panel');
  }
  return seen;
}

/** What `gongwen check` (the CLI, same core) reports for a file, without hints (the Problems panel hides hints). */
function cliFindings(file: string): string[] {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', file, '--locale', 'en'], { encoding: 'utf8' });
  const out: string[] = [];
  for (const line of r.stdout.split('\n')) {
    const m = /:(\d+):(\d+): (error|warning|information|hint) (\S+) /.exec(line);
    if (m && m[3] !== 'hint') out.push(`${m[4]} [Ln ${m[1]}, Col ${m[2]}]`);
  }
  assert.ok(out.length > 0, `gongwen check found nothing in ${file}: ${r.stderr}`);
  return out.sort();
}

/** Saves the editor and waits until seed.txt on disk holds `expected` (a save may land in several writes). */
async function saveExpecting(expected: string): Promise<void> {
  await page.keyboard.press('Control+S');
  const read = () => fs.readFileSync(SEED_FILE, 'utf8');
  await waitFor('seed.txt saved with the expected text', T.ui, () => read() === expected || undefined).catch(() => {
    assert.equal(read(), expected, 'seed.txt on disk after saving');
  });
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

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await shot(`FAILED-${this.currentTest.title.replace(/[^\w]+/g, '-').slice(0, 40)}`);
  });

  after(async () => {
    await context?.close();
  });

  it('serves seed.txt as a notice with the default settings', async () => {
    // Quick Open (the palette without its '>' prefix) opens the file.
    await page.keyboard.press('F1');
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
    const expected = cliFindings(SEED_FILE);
    for (const code of ['date-zero-character', 'stray-spam', 'unit-unknown', 'typo-confusable', 'stray-web-residue', 'stray-table-pipe']) {
      assert.ok(expected.some((f) => f.startsWith(`${code} `)), `the CLI does not report ${code} on the seed`);
    }
    // Every row rendered, compared with the CLI's findings: code and position.
    const seen = await waitProblems('the Problems panel to list the findings', (l) => l.length === expected.length);
    assert.deepEqual(seen, expected);
    await shot('problems');
    await docImage('problems', page.locator('.part.panel'), page.locator('.part.statusbar'));
  });

  it('shows 一、二、三 and the nested items in the Outline view', async () => {
    await command('View: Hide Panel');
    // A tall window while reading the outline: the tree renders only the rows in view.
    await page.setViewportSize({ width: VIEWPORT.width, height: 1600 });
    await command('Explorer: Focus on Outline View');
    // Collapse the folders section so that the outline gets the height of the side bar.
    await page.locator('.pane-header[aria-label^="Explorer Section"]').click();
    await page.locator('.pane-header[aria-label^="Explorer Section"][aria-expanded="false"]').waitFor({ timeout: T.ui });
    const outline = page.locator('.outline-pane');
    await outline.locator('.monaco-list-row').filter({ hasText: '三、保障措施' }).waitFor({ timeout: T.server });
    const rows = await outline.locator('.monaco-list-row').evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('aria-level')} ${e.querySelector('.monaco-highlighted-label')?.textContent ?? ''}`),
    );
    await shot('outline-tall');
    await page.setViewportSize(VIEWPORT);
    const level = (label: string): number => {
      const row = rows.find((r) => r.slice(r.indexOf(' ') + 1).startsWith(label));
      assert.ok(row, `the outline lacks ${label}:\n${rows.join('\n')}`);
      return Number(row.slice(0, row.indexOf(' ')));
    };
    const top = level('一、总体要求');
    assert.equal(level('二、工作重点'), top);
    assert.equal(level('三、保障措施'), top);
    assert.equal(level('(一)出台服务业发展规划和深化政策意见'), top + 1);
    assert.equal(level('1.研究制定'), top + 2);
    assert.equal(level('(五)加强服务业宣传'), top + 1);
    await outline.locator('.monaco-list-row').filter({ hasText: '二、工作重点' }).waitFor({ timeout: T.ui });
    await shot('outline');
    await docImage('outline', page.locator('.part.sidebar'));
  });

  it('applies the quick fix for date-zero-character and the finding disappears', async () => {
    await focusEditor();
    // Quick Open with ':' goes to a line and column.
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: T.ui });
    await input.fill(':5:79');
    await page.locator('.quick-input-widget .monaco-list-row.focused').filter({ hasText: '79' }).waitFor({ timeout: T.ui });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T.ui });
    await page.locator('.statusbar-item').filter({ hasText: 'Ln 5, Col 79' }).waitFor({ timeout: T.ui });
    await page.keyboard.press('Control+.');
    // The preferred fix is the focused entry of the quick-fix menu.
    const fix = page.locator('.action-widget .monaco-list-row.focused[aria-label="Replace with 〇"]');
    await fix.waitFor({ timeout: T.server });
    await shot('quick-fix-menu');
    await page.keyboard.press('Enter');
    await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: T.ui });
    const at = SEED.split('\n').slice(0, 4).join('\n').length + 1 + 78;
    assert.equal(SEED[at], '○');
    current = SEED.slice(0, at) + '〇' + SEED.slice(at + 1);
    await saveExpecting(current);
    const list = await waitProblems(
      'the fixed finding to disappear',
      (l) => !l.includes('date-zero-character [Ln 5, Col 79]') && l.includes('date-zero-character [Ln 5, Col 81]'),
    );
    assert.deepEqual(list, cliFindings(SEED_FILE));
    await shot('quick-fix-applied');
  });

  it('Format Document puts one paragraph per line', async () => {
    await focusEditor();
    // The expected result: `gongwen fmt` (the CLI, same formatter) on the same text, in a file of its own.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-fmt-'));
    fs.writeFileSync(path.join(tmp, 'seed.txt'), current);
    const expected = execFileSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'fmt', path.join(tmp, 'seed.txt')], { encoding: 'utf8' });
    fs.rmSync(tmp, { recursive: true, force: true });
    assert.notEqual(expected, current);
    await command('Format Document');
    await saveExpecting(expected);
    current = expected;
    const lines = expected.split(/\r?\n/);
    assert.ok(lines.length > 100, `${lines.length} lines after formatting`);
    for (const h of ['一、总体要求', '二、工作重点', '三、保障措施']) assert.ok(lines.includes(h), `no line ${h}`);
    await shot('formatted');
  });

  it('lists units in the task view 任务 · 按单位', async () => {
    await command('Explorer: Focus on Tasks by Unit View');
    const view = page.locator('.split-view-view:has(> .pane > .pane-header[aria-label^="Tasks by Unit"])');
    const rows = view.locator('.monaco-list-row');
    await rows.filter({ hasText: '市发展改革委' }).first().waitFor({ timeout: T.server });
    const units = await rows.allInnerTexts();
    for (const unit of ['市发展改革委', '市财政局', '市统计局']) {
      assert.ok(units.some((u) => u.includes(unit)), `the task view lacks ${unit}:\n${units.join('\n')}`);
    }
    // For the picture: the view gets the side bar's height, and its first unit shows its tasks.
    for (const section of ['Explorer Section', 'Outline Section']) {
      const header = page.locator(`.pane-header[aria-label^="${section}"][aria-expanded="true"]`);
      if (await header.count()) await header.click();
    }
    const first = rows.filter({ hasText: '市发展改革委' }).first();
    await first.click();
    await view.locator('.monaco-list-row[aria-expanded="true"]').filter({ hasText: '市发展改革委' }).waitFor({ timeout: T.ui });
    await shot('task-view');
    await docImage('tasks-by-unit', page.locator('.part.sidebar'));
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
    await waitProblems('the new server to report the new date', (l) => l.includes('date-zero-character [Ln 1, Col 2]'));
    // …and every other finding of the document, as the CLI reports them.
    current = `二○二四年一月一日\n${current}`;
    await saveExpecting(current);
    const expected = cliFindings(SEED_FILE);
    const list = await waitProblems('the findings of the whole document', (l) => l.length === expected.length);
    assert.deepEqual(list, expected);
    await shot('restarted');
  });
});
