/**
 * The bench builds and serves a private copy of the project, so that it
 * measures a truly cold build, never disturbs (or is disturbed by) a .next
 * that a developer or a test run is using, and leaves the work tree as it was;
 * the release test builds a second checkout the same way.
 * The copy is the project's files as git sees them (tracked and untracked, not
 * ignored) with node_modules hard-linked (copied where links are impossible).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SKIP = new Set(['node_modules', '.next', '.git', 'test-results', 'playwright-report']);

function listFiles(root: string): string[] {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
    return out.toString('utf8').split('\0').filter(Boolean);
  } catch {
    // Not a git checkout (the bench's own copy, which a measure copies again): everything but the usual generated folders.
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
        if (SKIP.has(entry.name) || (dir === 'bench' && entry.name === 'results')) continue;
        const rel = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(rel);
        else if (entry.isFile()) files.push(rel);
      }
    };
    walk('.');
    return files;
  }
}

export interface Workspace {
  dir: string;
  files: number;
  remove: () => void;
}

/** `ref`: a git revision to measure instead of the work tree (for example HEAD, to leave work in progress out). */
export function createWorkspace(root: string, ref?: string): Workspace {
  const dir = mkdtempSync(path.join(tmpdir(), 'reader-bench-'));
  let copied = 0;
  if (ref) {
    const archive = spawnSync('sh', ['-c', 'git archive --format=tar "$1" | tar -x -C "$2"', 'sh', ref, dir], { cwd: root });
    if (archive.status !== 0) throw new Error(`git archive ${ref} failed: ${archive.stderr}`);
    copied = Number(execFileSync('git', ['ls-tree', '-r', '--name-only', ref], { cwd: root }).toString().split('\n').filter(Boolean).length);
  }
  for (const file of ref ? [] : listFiles(root)) {
    const from = path.join(root, file);
    // git also lists tracked files deleted from the work tree.
    if (!existsSync(from) || !statSync(from).isFile()) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    copyFileSync(from, path.join(dir, file));
    copied++;
  }
  const linked = spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
  if (linked.status !== 0) {
    const copiedModules = spawnSync('cp', ['-a', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
    if (copiedModules.status !== 0) throw new Error(`could not copy node_modules: ${copiedModules.stderr}`);
  }
  return { dir, files: copied, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
