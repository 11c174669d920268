import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
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
  if (spec.startsWith('.') && relative(coreDir, resolve(dirname(fromFile), spec)).startsWith('..')) return 'leaves src/core';
  return undefined;
}

describe('layering', () => {
  it('keeps src/core free of vscode, of the adapters and CLI, and of file access', () => {
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
    const text = "import * as vscode from 'vscode';\nconst fs = require('node:fs');\nimport { x } from '../../vscode/tree';\nimport { y } from '../days';\n";
    assert.deepEqual(
      importsOf(text).map((spec) => layeringProblem(spec, file)),
      ['imports vscode', 'touches the machine', 'leaves src/core', undefined],
    );
  });
});
