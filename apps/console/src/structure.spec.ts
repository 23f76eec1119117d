/// <reference types="jest" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/**
 * The console's shape as it grows: no import circle among its modules (an import circle makes the order modules
 * initialise in depend on who is imported first, and ties pages together that should load apart), and no page
 * file over 300 lines (split it into the feature folder's parts).
 */
const SRC = __dirname;
const MAX_PAGE_LINES = 300;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(SRC, '..', 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config.config, ts.sys, join(SRC, '..')).options;
}

/** Every module's imports (static, dynamic and type-only alike) that resolve to another file of the console. */
export function importGraph(files: string[], options: ts.CompilerOptions): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => ts.resolveModuleName(imported.fileName, file, options, ts.sys).resolvedModule?.resolvedFileName)
      .filter((target): target is string => !!target && target.startsWith(SRC) && !target.includes('node_modules'));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The import circles of a graph, each as the path that closes it (a → b → a). */
export function cyclesOf(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('console structure', () => {
  const files = sourceFiles(SRC);

  it('finds a circle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cyclesOf(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('has no import circle inside apps/console/src', () => {
    const graph = importGraph(files, compilerOptions());
    // The walk must see the imports (a resolution that silently fails would find no circle either).
    expect(graph.get(join(SRC, 'app.tsx'))).toContain(join(SRC, 'router', 'router.tsx'));
    const cycles = cyclesOf(graph).map((cycle) => cycle.map((file) => relative(SRC, file)).join(' → '));
    expect(cycles).toEqual([]);
  });

  it(`has no page file over ${MAX_PAGE_LINES} lines`, () => {
    const pages = files.filter((file) => relative(SRC, file).startsWith('pages') && file.endsWith('.tsx'));
    expect(pages.length).toBeGreaterThan(20);
    const long = pages.map((file) => ({ file: relative(SRC, file), lines: readFileSync(file, 'utf8').trimEnd().split('\n').length })).filter(({ lines }) => lines > MAX_PAGE_LINES);
    expect(long).toEqual([]);
  });

  it('formats dates and times in one place only, in Beijing time (ui/beijing-time.ts)', () => {
    const formatting = /\.toLocale(Date|Time)?String\(|Intl\.DateTimeFormat/;
    const elsewhere = files.filter((file) => !file.endsWith(join('ui', 'beijing-time.ts')) && !file.endsWith('schema.gen.ts') && formatting.test(readFileSync(file, 'utf8')));
    expect(elsewhere.map((file) => relative(SRC, file))).toEqual([]);
  });

  it('wraps tables in TableWrap only (ui/table-wrap.tsx): a bare scroll box is out of a keyboard’s reach', () => {
    const bare = files.filter((file) => !file.endsWith(join('ui', 'table-wrap.tsx')) && /className="table-wrap"/.test(readFileSync(file, 'utf8')));
    expect(bare.map((file) => relative(SRC, file))).toEqual([]);
    expect(files.filter((file) => readFileSync(file, 'utf8').includes('<TableWrap ')).length).toBeGreaterThan(30);
  });
});
