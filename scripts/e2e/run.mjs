// npm run test:e2e — the end-to-end suite: the packaged .vsix in a real VS Code (code-server) driven in
// Debian's Chromium by playwright-core (test/e2e/*.e2e.ts, mocha).
//   1. scripts/e2e/install-code-server.sh: Debian packages (only when missing) and code-server, cached
//      outside the clone (${GONGWEN_E2E_CACHE:-~/.cache/gongwen-e2e});
//   2. npm run package, then code-server --install-extension into a fresh extensions dir;
//   3. a temp workspace holding the seed as seed.txt; code-server on 127.0.0.1:<free port>, --auth none,
//      a fresh user-data-dir, telemetry off;
//   4. mocha test/e2e/*.e2e.ts (the suite launches Chromium itself), screenshots of each step in
//      .e2e/screenshots;
//   5. stops code-server and every process it started, by PID; prints the time of each phase.
// Env: GONGWEN_E2E_CACHE (code-server's cache folder); GONGWEN_E2E_UPDATE_IMAGES=1 copies the README
// pictures (.e2e/images/*.jpg: Problems, Outline, Tasks by Unit) into docs/images; GONGWEN_E2E_KEEP=1 keeps
// the temp folders; GONGWEN_E2E_SKIP_PACKAGE=1 reuses an existing .vsix.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, '.e2e');
const SEED = path.join(ROOT, 'seeds/000_0d713a18524f5318.txt');
const timings = [];
let phaseStart = Date.now();
const phase = (name) => {
  const now = Date.now();
  timings.push([name, (now - phaseStart) / 1000]);
  phaseStart = now;
};
const log = (m) => console.log(`[e2e] ${m}`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
  return r;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** PIDs of every descendant of pid (from /proc), deepest last. */
function descendants(pid) {
  const children = new Map();
  for (const e of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${e}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(e));
    } catch {
      /* gone */
    }
  }
  const out = [];
  const walk = (p) => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** SIGTERM pid and its descendants (by PID), then SIGKILL what is left after 5 s. */
async function stopTree(pid) {
  const pids = [pid, ...descendants(pid)];
  for (const p of pids) {
    try {
      process.kill(p, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && pids.some(alive)) await sleep(100);
  for (const p of pids.filter(alive)) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

async function waitHttp(url, ms, child) {
  const deadline = Date.now() + ms;
  let last = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} (see .e2e/code-server.log)`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = String(e);
    }
    await sleep(250);
  }
  throw new Error(`${url} not ready after ${ms} ms: ${last}`);
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  fs.rmSync(path.join(OUT, 'screenshots'), { recursive: true, force: true });
  fs.mkdirSync(path.join(OUT, 'screenshots'), { recursive: true });
  fs.rmSync(path.join(OUT, 'images'), { recursive: true, force: true });

  // 1. setup
  log('setup: scripts/e2e/install-code-server.sh');
  const setup = run('bash', [path.join(ROOT, 'scripts/e2e/install-code-server.sh')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const bin = setup.stdout.toString().trim().split('\n').pop();
  if (!bin || !fs.existsSync(bin)) throw new Error(`setup printed no code-server binary (${bin})`);
  phase('setup (apt check + code-server install/reuse)');

  // 2. package + install the .vsix
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const vsix = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
  if (process.env.GONGWEN_E2E_SKIP_PACKAGE === '1' && fs.existsSync(vsix)) log(`reusing ${vsix}`);
  else {
    fs.rmSync(vsix, { force: true });
    log('npm run package');
    run('npm', ['run', 'package']);
  }
  if (!fs.existsSync(vsix)) throw new Error(`npm run package did not produce ${vsix}`);
  log(`${path.basename(vsix)}: ${(fs.statSync(vsix).size / 1024).toFixed(0)} KB`);
  phase('npm run package');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-'));
  const dirs = {
    ext: path.join(tmp, 'extensions'),
    user: path.join(tmp, 'user-data'),
    ws: path.join(tmp, 'workspace'),
    chrome: path.join(tmp, 'chromium-profile'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  const cfg = path.join(tmp, 'code-server.yaml');
  fs.writeFileSync(cfg, 'auth: none\ncert: false\n');
  const common = ['--config', cfg, '--user-data-dir', dirs.user, '--extensions-dir', dirs.ext];
  run(bin, [...common, '--install-extension', vsix]);
  const installed = fs.readdirSync(dirs.ext).filter((d) => d.startsWith(`${pkg.publisher}.${pkg.name}-`));
  if (installed.length !== 1) throw new Error(`extension not installed in ${dirs.ext}: ${fs.readdirSync(dirs.ext)}`);
  phase('code-server --install-extension');

  // 3. workspace + code-server
  fs.copyFileSync(SEED, path.join(dirs.ws, 'seed.txt'));
  fs.mkdirSync(path.join(dirs.user, 'User'), { recursive: true });
  // Workbench settings only (no gongwen.* setting: the extension runs with its defaults).
  fs.writeFileSync(
    path.join(dirs.user, 'User/settings.json'),
    JSON.stringify(
      {
        'telemetry.telemetryLevel': 'off',
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'security.workspace.trust.enabled': false,
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'editor.minimap.enabled': false,
        'outline.collapseItems': 'alwaysExpand',
        'workbench.colorTheme': 'Default Light Modern',
        'chat.commandCenter.enabled': false,
        'window.commandCenter': false,
      },
      null,
      2,
    ),
  );
  const port = await freePort();
  const csLog = fs.openSync(path.join(OUT, 'code-server.log'), 'w');
  const cs = spawn(
    bin,
    [
      ...common,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      dirs.ws,
    ],
    { cwd: tmp, stdio: ['ignore', csLog, csLog], env: process.env },
  );
  log(`code-server pid ${cs.pid} on 127.0.0.1:${port}`);
  let failed = 1;
  try {
    await waitHttp(`http://127.0.0.1:${port}/healthz`, 60000, cs);
    phase('code-server start');

    // 4. the suite
    const mocha = spawnSync(
      path.join(ROOT, 'node_modules/.bin/mocha'),
      ['--timeout', '120000', '--slow', '10000', path.join(ROOT, 'test/e2e/*.e2e.ts')],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: {
          ...process.env,
          GONGWEN_E2E_URL: `http://127.0.0.1:${port}/`,
          GONGWEN_E2E_WORKSPACE: dirs.ws,
          GONGWEN_E2E_CODE_SERVER_PID: String(cs.pid),
          GONGWEN_E2E_CHROME_PROFILE: dirs.chrome,
          GONGWEN_E2E_SHOTS: path.join(OUT, 'screenshots'),
          GONGWEN_E2E_DOC_IMAGES: path.join(OUT, 'images'),
        },
      },
    );
    failed = mocha.status ?? 1;
    phase('mocha suite (Chromium + tests)');
    // The README's pictures: copied into docs/images only when asked (they are committed files).
    if (process.env.GONGWEN_E2E_UPDATE_IMAGES === '1') {
      const images = path.join(OUT, 'images');
      for (const f of fs.existsSync(images) ? fs.readdirSync(images) : []) {
        fs.mkdirSync(path.join(ROOT, 'docs/images'), { recursive: true });
        fs.copyFileSync(path.join(images, f), path.join(ROOT, 'docs/images', f));
        log(`docs/images/${f} updated`);
      }
    }
  } finally {
    // 5. stop what we started, by PID
    await stopTree(cs.pid);
    fs.closeSync(csLog);
    if (process.env.GONGWEN_E2E_KEEP !== '1') fs.rmSync(tmp, { recursive: true, force: true });
    else log(`kept ${tmp}`);
    phase('stop');
    for (const [name, s] of timings) log(`time ${name}: ${s.toFixed(1)} s`);
    log(`total: ${timings.reduce((a, [, s]) => a + s, 0).toFixed(1)} s`);
  }
  process.exitCode = failed;
}

main().catch((e) => {
  console.error(`[e2e] FAIL: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
});
