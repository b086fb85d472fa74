/**
 * No import circle between the project's modules: a module that imports
 * another, directly or through others, is never imported back by it, type
 * imports included (a type-only circle still ties two modules' meanings
 * together, and the next value import closes it for good). Read from the
 * source as TypeScript reads it (its own import scanner and module
 * resolution, with tsconfig.json's paths), over every module of the project:
 * app, components, lib, scripts, tests, bench and the configs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/fixtures';

/** Folders that hold no module of the project's own. */
const NOT_SOURCE = new Set(['node_modules', '.git', '.next', '.next-story', 'test-results', 'playwright-report', 'results', 'fixtures']);
const SOURCE = /\.(?:[cm]?[jt]s|tsx)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (NOT_SOURCE.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function compilerOptions(): ts.CompilerOptions {
  const configFile = path.join(projectRoot, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, projectRoot).options;
}

/** Each module and the project's modules it imports (import, export … from, import(), type imports too). */
export function importGraph(files: readonly string[], options = compilerOptions()): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = importedFiles
        .map(({ fileName }) => ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule?.resolvedFileName)
        .filter((target): target is string => target !== undefined && known.has(target));
      return [file, [...new Set(targets)]];
    }),
  );
}

/** The circles of a graph: each strongly connected set of more than one module, or a module importing itself (Tarjan's algorithm). */
export function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const members: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      members.push(member);
    } while (member !== node);
    if (members.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(members.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('imports', () => {
  it('find a circle when there is one, type imports included', () => {
    const graph = new Map([
      ['model', ['schema']],
      ['processor', ['extract', 'model']],
      ['extract', ['model']],
      ['schema', []],
    ]);
    expect(circles(graph)).toEqual([]);
    graph.set('model', ['schema', 'processor']);
    expect(circles(graph)).toEqual([['extract', 'model', 'processor']]);
  });

  it('run one way between the modules of the project: no circle', () => {
    const graph = importGraph(sourceFiles(projectRoot));
    // Read whole: every folder's modules, and imports through tsconfig's "@/" paths resolved.
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get(path.join(projectRoot, 'components', 'StoryBody.tsx'))).toContain(path.join(projectRoot, 'lib', 'content', 'processor.ts'));
    const named = circles(graph).map((circle) => circle.map((file) => path.relative(projectRoot, file)).join(' → '));
    expect(named).toEqual([]);
  });
});
