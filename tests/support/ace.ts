/**
 * DAISY's Ace, the EPUB accessibility checker, run against Debian's Chromium.
 * It lives in a package of its own (tests/ace/package.json), out of the app's
 * dependencies, and is installed with --ignore-scripts: its optional Electron
 * runner and Puppeteer's browser would otherwise be downloaded, which this
 * network refuses. Puppeteer is pointed at the system's Chromium instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from './chromium';

export const ACE_PACKAGE = path.join('tests', 'ace');
const ACE_BIN = path.join(ACE_PACKAGE, 'node_modules', '.bin', 'ace-puppeteer');

export const hasAce = () => existsSync(ACE_BIN);

/** Installs Ace from its own lockfile, downloading no browser. */
export const installAceArgs = ['--prefix', ACE_PACKAGE, 'install', '--ignore-scripts', '--no-audit', '--no-fund'];

export interface AceResult {
  outcome: string;
  /** "document: rule (impact)" for each violation Ace found. */
  violations: string[];
  /** The accessibility metadata Ace found in the package document, and what it missed. */
  metadata: { present: string[]; missing: string[] };
}

interface AceReport {
  'earl:result': { 'earl:outcome': string };
  assertions: { 'earl:testSubject': { url: string }; assertions: { 'earl:test': { 'dct:title': string; 'earl:impact': string } }[] }[];
  'a11y-metadata': { present: string[]; missing: string[] };
}

/** Ace's verdict on a book. Throws when Ace itself cannot run. */
export function ace(bookFile: string): AceResult {
  const chromium = findChromium();
  if (!chromium) throw new Error('Ace needs Chromium: none found (set CHROMIUM_PATH)');
  const dir = mkdtempSync(path.join(tmpdir(), 'ace-'));
  try {
    const run = spawnSync(ACE_BIN, ['--force', '--silent', '--outdir', dir, bookFile], {
      encoding: 'utf8',
      env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: chromium, PUPPETEER_SKIP_DOWNLOAD: '1' },
    });
    const file = path.join(dir, 'report.json');
    if (!existsSync(file)) throw new Error(`Ace wrote no report (exit ${run.status}): ${run.stderr || run.error}`);
    const report = JSON.parse(readFileSync(file, 'utf8')) as AceReport;
    const violations = report.assertions.flatMap((subject) =>
      subject.assertions.map((assertion) => `${subject['earl:testSubject'].url}: ${assertion['earl:test']['dct:title']} (${assertion['earl:test']['earl:impact']})`),
    );
    return { outcome: report['earl:result']['earl:outcome'], violations, metadata: report['a11y-metadata'] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
