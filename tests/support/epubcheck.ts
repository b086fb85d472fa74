/**
 * Debian's epubcheck (package `epubcheck`, installed by scripts/test.ts), run
 * on a book with every message level on, usage included. Its /usr/bin wrapper
 * starts the jar through binfmt, which these machines lack, so the jar is run
 * with java directly (shared/STACK.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const EPUBCHECK_JAR = process.env.EPUBCHECK_JAR ?? '/usr/share/java/epubcheck.jar';

export const hasEpubcheck = () => existsSync(EPUBCHECK_JAR);

export interface EpubcheckMessage {
  severity: 'FATAL' | 'ERROR' | 'WARNING' | 'INFO' | 'USAGE';
  id: string;
  message: string;
  where: string[];
}

interface JsonReport {
  messages: { severity: EpubcheckMessage['severity']; ID: string; message: string; locations: { path: string; line: number; column: number }[] }[];
}

/** Every message epubcheck gives the book, each with where it points. Throws when epubcheck itself cannot run. */
export function epubcheck(bookFile: string): EpubcheckMessage[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'epubcheck-'));
  try {
    const report = path.join(dir, 'report.json');
    const run = spawnSync('java', ['-jar', EPUBCHECK_JAR, bookFile, '--usage', '--json', report], { encoding: 'utf8' });
    if (!existsSync(report)) throw new Error(`epubcheck wrote no report (exit ${run.status}): ${run.stderr || run.error}`);
    const { messages } = JSON.parse(readFileSync(report, 'utf8')) as JsonReport;
    return messages.map((m) => ({ severity: m.severity, id: m.ID, message: m.message, where: m.locations.map((l) => `${l.path}:${l.line}:${l.column}`) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
