import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const coreDir = join(root, 'src', 'core');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(text: string): string[] {
  const pattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  return [...text.matchAll(pattern)].map((match) => match[1]);
}

/** Why an import does not belong in src/core, or undefined when it does. */
function layeringProblem(spec: string, fromFile: string): string | undefined {
  if (spec === 'vscode') return 'imports vscode';
  if (/^(node:)?(fs|fs\/promises|child_process|os|net|http|https|worker_threads)$/.test(spec)) return 'touches the machine';
  // The core runs in the browser too (the web extension): not even node:path.
  if (spec.startsWith('node:') || builtinModules.includes(spec)) return 'a Node built-in, missing in the browser';
  if (spec.startsWith('.') && relative(coreDir, resolve(dirname(fromFile), spec)).startsWith('..')) return 'leaves src/core';
  return undefined;
}

describe('layering', () => {
  it('keeps src/core free of vscode, of the adapters and CLI, of file access and of every Node built-in', () => {
    const files = sources(coreDir);
    assert.ok(files.length > 20, 'core sources found');
    const offending = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8')).flatMap((spec) => {
        const problem = layeringProblem(spec, file);
        return problem ? [`${relative(root, file)}: ${spec} (${problem})`] : [];
      }),
    );
    assert.deepEqual(offending, []);
  });

  it('recognises each kind of offending import', () => {
    const file = join(coreDir, 'checks', 'example.ts');
    const text = "import * as vscode from 'vscode';\nconst fs = require('node:fs');\nimport { x } from '../../vscode/tree';\nimport { y } from '../days';\nimport { posix } from 'node:path';\nimport { z } from 'path';\n";
    assert.deepEqual(
      importsOf(text).map((spec) => layeringProblem(spec, file)),
      ['imports vscode', 'touches the machine', 'leaves src/core', undefined, 'a Node built-in, missing in the browser', 'a Node built-in, missing in the browser'],
    );
  });
});

describe('the extension\'s adapters', () => {
  it('import no Node built-in and nothing from src/node: the same code runs in the browser\'s web worker host', () => {
    const files = [join(root, 'src', 'extension.ts'), ...sources(join(root, 'src', 'vscode'))];
    assert.ok(files.length > 10, 'adapter sources found');
    const offending = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8')).flatMap((spec) => {
        const builtin = spec.startsWith('node:') || builtinModules.includes(spec);
        const nodeHelper = spec.startsWith('.') && relative(join(root, 'src', 'node'), resolve(dirname(file), spec)).split(/[\\/]/)[0] !== '..';
        return builtin || nodeHelper ? [`${relative(root, file)}: ${spec}`] : [];
      }),
    );
    assert.deepEqual(offending, []);
  });
});

/** The parts of src/core, lowest first: a file may import its own folder and the folders before it. */
const PARTS = ['shared', 'notes', 'schedule', 'edits', 'letters', 'checks', 'present'];

/** Every relative import inside src/core, as [importer, imported] absolute paths without extension. */
function coreImportGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(coreDir)) {
    const from = file.replace(/\.ts$/, '');
    const targets = importsOf(readFileSync(file, 'utf8'))
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolve(dirname(file), spec).replace(/\.js$/, ''));
    graph.set(from, targets);
  }
  return graph;
}

/** The import circles of a graph (Tarjan's strongly connected components of more than one file, or a self-import). */
function circles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const strongConnect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        strongConnect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.map((f) => relative(root, f)).sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) strongConnect(node);
  return found;
}

function partOf(file: string): string {
  return relative(coreDir, file).split(/[\\/]/)[0];
}

describe('the parts of src/core', () => {
  it('are the folders of src/core, each with an index.ts that says what it owns', () => {
    const folders = readdirSync(coreDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    assert.deepEqual(folders, [...PARTS].sort());
    assert.deepEqual(readdirSync(coreDir).filter((name) => name.endsWith('.ts')), [], 'no loose files beside the parts');
    for (const part of PARTS) assert.match(readFileSync(join(coreDir, part, 'index.ts'), 'utf8'), /^\/\*\*[\s\S]*?May import:/, part);
  });

  it('import no circle', () => {
    assert.deepEqual(circles(coreImportGraph()), []);
  });

  it('import only their own folder and the parts below it', () => {
    const offending: string[] = [];
    for (const [from, targets] of coreImportGraph()) {
      for (const target of targets) {
        if (PARTS.indexOf(partOf(target)) > PARTS.indexOf(partOf(from))) offending.push(`${relative(root, from)} -> ${relative(root, target)}`);
        if (target.endsWith('/index') && partOf(target) === partOf(from)) offending.push(`${relative(root, from)} imports its own folder's index`);
      }
    }
    assert.deepEqual(offending, []);
  });

  it('finds a circle and a reversed layer when there is one', () => {
    const a = join(coreDir, 'shared', 'a');
    const b = join(coreDir, 'shared', 'b');
    assert.deepEqual(circles(new Map([[a, [b]], [b, [a]]])), [['src/core/shared/a', 'src/core/shared/b']]);
    assert.deepEqual(circles(new Map([[a, [b]], [b, []]])), []);
    assert.ok(PARTS.indexOf(partOf(join(coreDir, 'present', 'x'))) > PARTS.indexOf(partOf(a)));
  });
});
