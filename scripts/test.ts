/**
 * npm test: every check the project has, in one command, ending with one line
 * "N passed, N failed" that adds up every runner's results.
 *
 * Steps: content check, type check, lint, unit tests (vitest), production
 * build, browser tests (Playwright in Debian's Chromium, with axe; a real
 * screen reader, GNOME Orca, driven in Chromium), then the reading flows in
 * Firefox ESR and WebKitGTK (`npm run test:engines` alone).
 * Each of the content check, type check, lint and build counts as one test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ACE_PACKAGE, hasAce, installAceArgs } from '../tests/support/ace';
import { findChromium } from '../tests/support/chromium';
import { aptInstall } from '../tests/support/debian';
import { ensureEngines } from '../tests/support/engines';
import { hasEpubcheck } from '../tests/support/epubcheck';

const bin = (name: string) => path.join('node_modules', '.bin', name);
const reports = mkdtempSync(path.join(tmpdir(), 'reader-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];

function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function countStep(label: string, ok: boolean) {
  if (ok) totals.passed++;
  else {
    totals.failed++;
    failures.push(label);
  }
}

/** Runs a Playwright suite with a JSON report and adds its counts to the totals. */
function runPlaywright(label: string, args: string[], env: Record<string, string>) {
  const report = path.join(reports, `${label.replace(/\W+/g, '-')}.json`);
  const ok = run(label, bin('playwright'), ['test', ...args], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: report });
  if (!existsSync(report)) return countStep(`${label} (no report written)`, false);
  const { stats } = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
  if (stats.unexpected > 0 || !ok) failures.push(label);
}

const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

/** Debian's Chromium: Playwright cannot download its own browser on this network. */
function ensureChromium() {
  let found = findChromium();
  if (!found && aptInstall(['chromium'], 'No Chromium found')) found = findChromium();
  if (!found) {
    console.error(
      '\nNo Chromium found, so the browser tests cannot run.\n' +
        '  On Debian or Ubuntu:  sudo apt-get install chromium\n' +
        '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chrome\n' +
        '(npx playwright install cannot be used here: it downloads its own browser.)',
    );
  }
  return found;
}

/** What the real screen reader's session needs (tests/screen-reader/session/README.md): Orca, a display, a window manager, speech. */
const SCREEN_READER_PACKAGES =
  'orca xvfb dbus-x11 xdotool python3-pyatspi at-spi2-core gsettings-desktop-schemas dconf-gsettings-backend libglib2.0-bin x11-utils openbox speech-dispatcher-espeak-ng espeak-ng fonts-dejavu-core';

function ensureScreenReader() {
  const tools = ['orca', 'Xvfb', 'xdotool', 'openbox', 'dbus-launch', 'xdpyinfo', 'gsettings'];
  // pyatspi is looked for by the Python that Orca runs under (its #! line): a python3 earlier on PATH (pyenv's) lacks Debian's modules.
  const orcaPython = `"$(sed -n '1s/^#! *//p' "$(command -v orca)")"`;
  const hasAll = () =>
    spawnSync('sh', ['-c', `${tools.map((tool) => `command -v ${tool}`).join(' && ')} && test -x /usr/libexec/at-spi-bus-launcher && ${orcaPython} -c "import pyatspi"`], { stdio: 'ignore' }).status === 0;
  if (hasAll() || (aptInstall(SCREEN_READER_PACKAGES.split(' '), 'No screen reader (GNOME Orca) for its test') && hasAll())) return;
  console.error(`\nNo GNOME Orca session can start here: the screen-reader test will fail. On Debian or Ubuntu: sudo apt-get install ${SCREEN_READER_PACKAGES}`);
}

/** The cache in front (deploy/nginx) is tested through Debian's nginx, as it is deployed. */
function ensureNginx() {
  const hasNginx = () => spawnSync('sh', ['-c', 'command -v nginx || test -x /usr/sbin/nginx'], { stdio: 'ignore' }).status === 0;
  if (hasNginx() || (aptInstall(['nginx-light'], 'No nginx found for the cache test') && hasNginx())) return;
  console.error('\nNo nginx found: the test of deploy/nginx will fail. On Debian or Ubuntu: sudo apt-get install nginx-light');
}

/** The Nu HTML Checker (vnu-jar, shipped in node_modules) needs a Java runtime. */
function ensureJava() {
  if (hasJava() || (aptInstall(['default-jre-headless'], 'No Java found for the HTML checker') && hasJava())) return;
  console.error('\nNo Java found: the HTML validity test will fail. On Debian or Ubuntu: sudo apt-get install default-jre-headless');
}

/** The book's checker: Debian's epubcheck (a jar, so it needs the Java runtime above). */
function ensureEpubcheck() {
  if (hasEpubcheck() || (aptInstall(['epubcheck'], 'No epubcheck found for the e-book test') && hasEpubcheck())) return;
  console.error('\nNo epubcheck found: the e-book test will fail. On Debian or Ubuntu: sudo apt-get install epubcheck');
}

/** DAISY Ace for the e-book test, from its own package (tests/support/ace.ts says why), with no browser download. */
function ensureAce() {
  if (hasAce()) return;
  if (!run(`install DAISY Ace into ${ACE_PACKAGE}`, 'npm', installAceArgs, { PUPPETEER_SKIP_DOWNLOAD: '1' })) {
    console.error(`\nDAISY Ace could not be installed: the e-book test will fail. Try: npm ${installAceArgs.join(' ')}`);
  }
}

countStep('content check', run('content check', bin('tsx'), ['scripts/content-check.ts']));
countStep('type check', run('type check', bin('tsc'), ['--noEmit']));
countStep('lint', run('lint (ESLint with jsx-a11y)', bin('eslint'), ['.', '--max-warnings=0']));

const vitestReport = path.join(reports, 'vitest.json');
const unitOk = run('unit tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  if (report.numFailedTests > 0 || !unitOk) failures.push('unit tests');
} else {
  countStep('unit tests (no report written)', false);
}

const buildOk = run('production build', bin('tsx'), ['scripts/build.ts']);
countStep('production build', buildOk);

ensureJava();
ensureEpubcheck();
ensureAce();
ensureNginx();
ensureScreenReader();
const chromium = ensureChromium();
if (!chromium) {
  countStep('browser tests (no Chromium)', false);
} else if (!buildOk) {
  countStep('browser tests (not run: the build failed)', false);
} else {
  runPlaywright('browser tests (Playwright + axe)', [], { CHROMIUM_PATH: chromium });
}

// The reading flows in Firefox ESR and WebKitGTK (tests/engines/): an engine that cannot start fails its tests, saying why.
ensureEngines();
if (!buildOk) countStep('engine tests (not run: the build failed)', false);
else runPlaywright('engine tests (Firefox ESR, WebKitGTK)', ['-c', 'playwright.engines.config.ts'], {});

console.log('');
if (failures.length > 0) console.log(`Failed: ${failures.join(', ')}`);
if (totals.skipped > 0) console.log(`Skipped: ${totals.skipped} (each prints its reason above)`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped > 0 ? `, ${totals.skipped} skipped` : ''}`);
process.exitCode = failures.length > 0 ? 1 : 0;
