/**
 * The browser bundle (package.json `browser`, run by the web worker extension host of vscode.dev,
 * github.dev and code-server): built in memory with the project's own esbuild options, then read
 * as a program. It must reach no Node built-in, carry no polyfill of one, touch Node's globals
 * only behind a `typeof` guard, activate in a realm without them, and stay within 1.5× the Node
 * bundle's size.
 */
import * as assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as acorn from 'acorn';
import * as walk from 'acorn-walk';
import type { BuildOptions, Metafile } from 'esbuild';
import { contextStub, vscodeStub } from '../../bench/vscodeStub';
import { loadInWorkerRealm } from '../../bench/webRealm';

const ROOT = resolve(__dirname, '../../..');
// tsc turns import() into require() for CommonJS output, which cannot load an .mjs file.
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<Record<string, unknown>>;

/** Globals of Node that a web worker lacks: using one there throws a ReferenceError (`module`, `exports` and `require` come with the host's CommonJS wrapper; only require('vscode') answers). */
const NODE_GLOBALS = new Set(['process', 'Buffer', 'require', 'global', 'setImmediate', 'clearImmediate', '__dirname', '__filename',
  // ...and a page's globals, which a worker lacks too.
  'document', 'window', 'localStorage', 'sessionStorage']);
/** Packages that stand in for Node built-ins in a browser (what "no polyfills" rules out). */
const POLYFILLS = /node_modules\/(path-browserify|buffer|process|events|util|os-browserify|stream-browserify|crypto-browserify|browserify-zlib|url|assert|querystring-es3|timers-browserify|node-libs-browser|vm-browserify)\//;

type Node = acorn.Node & Record<string, unknown>;

function contains(outer: Node, inner: Node): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function hasTypeofOf(node: Node, name: string): boolean {
  let found = false;
  walk.simple(node as acorn.Node, {
    UnaryExpression(n) {
      const u = n as acorn.UnaryExpression;
      if (u.operator === 'typeof' && u.argument.type === 'Identifier' && u.argument.name === name) found = true;
    },
  });
  return found;
}

/** Whether a reference is the operand of `typeof`, or only reached after a `typeof` test of the same name. */
function guarded(reference: Node & { name: string }, ancestors: Node[]): boolean {
  const parent = ancestors[ancestors.length - 2];
  if (parent?.type === 'UnaryExpression' && parent.operator === 'typeof') return true;
  return ancestors.some((a) => {
    if (a.type === 'LogicalExpression' && a.operator === '&&') return contains(a.right as Node, reference) && hasTypeofOf(a.left as Node, reference.name);
    if (a.type === 'ConditionalExpression' || a.type === 'IfStatement') return contains(a.consequent as Node, reference) && hasTypeofOf(a.test as Node, reference.name);
    return false;
  });
}

/** Everything in a program that would fail in a web worker: Node built-ins required or imported, Node globals used unguarded. */
export function nodeDependencies(code: string): string[] {
  const program = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
  const found: string[] = [];
  walk.ancestor(program, {
    CallExpression(n) {
      const call = n as acorn.CallExpression;
      if (call.callee.type !== 'Identifier' || call.callee.name !== 'require') return;
      const [arg] = call.arguments;
      const name = arg?.type === 'Literal' ? String(arg.value) : '(computed)';
      if (name !== 'vscode') found.push(`require(${JSON.stringify(name)})`);
    },
    ImportExpression() {
      found.push('import()');
    },
    Identifier(n, _state, ancestors) {
      const id = n as acorn.Identifier;
      if (!NODE_GLOBALS.has(id.name)) return;
      const parent = ancestors[ancestors.length - 2] as Node | undefined;
      // require("vscode") is the host's own module system; anything else was reported above.
      if (id.name === 'require' && parent?.type === 'CallExpression' && parent.callee === id) return;
      if (!guarded(id as unknown as Node & { name: string }, ancestors as Node[])) found.push(`${id.name} at ${id.start}: ${code.slice(Math.max(0, id.start - 30), id.end + 30)}`);
    },
  });
  return found;
}

describe('the browser bundle (package.json `browser`, for the web worker extension host)', function () {
  this.timeout(180_000);
  let web: { code: string; metafile: Metafile };
  let node: { code: string };
  let options: Record<string, BuildOptions>;

  before(async () => {
    const esbuild = await import('esbuild');
    options = (await importModule(pathToFileURL(join(ROOT, 'esbuild.config.mjs')).href)).extensionBuilds as Record<string, BuildOptions>;
    const build = async (o: BuildOptions) => {
      const result = await esbuild.build({ ...o, absWorkingDir: ROOT, write: false, sourcemap: false, metafile: true, logLevel: 'silent' });
      return { code: result.outputFiles!.find((f) => f.path.endsWith('.js'))!.text, metafile: result.metafile! };
    };
    [web, node] = await Promise.all([build(options.web), build(options.node)]);
  });

  it('is what package.json names as `browser`, beside `main`: a CommonJS bundle for the browser from the same source', () => {
    const manifest = require(join(ROOT, 'package.json'));
    assert.equal(manifest.browser, `./${options.web.outfile}`);
    assert.equal(manifest.main, `./${options.node.outfile}`);
    assert.equal(options.web.platform, 'browser');
    assert.equal(options.web.format, 'cjs');
    // The same extension: the Node entry only adds the local disk's powers (src/extensionNode.ts) before activating it.
    assert.deepEqual(options.web.entryPoints, ['src/extension.ts']);
    assert.deepEqual(options.node.entryPoints, ['src/extensionNode.ts']);
    assert.match(readFileSync(join(ROOT, 'src/extensionNode.ts'), 'utf8'), /from '\.\/extension'/);
  });

  it('bundles no Node built-in and no polyfill of one', () => {
    const inputs = Object.keys(web.metafile.inputs);
    const offending = inputs.filter((path) => path.startsWith('node:') || builtinModules.includes(path) || path.startsWith('(disabled)') || POLYFILLS.test(path));
    assert.deepEqual(offending, []);
  });

  it('requires nothing but vscode and uses Node\'s globals (process, Buffer, ...) only behind a typeof test', () => {
    assert.deepEqual(nodeDependencies(web.code), []);
  });

  it('the check above finds each way of reaching Node, and accepts the guarded ones', () => {
    assert.deepEqual(nodeDependencies('require("vscode"); const x = typeof process < "u" && process.env.A; if (typeof Buffer == "function") Buffer.from("");'), []);
    const found = nodeDependencies('require("fs"); require("node:path"); process.env.A; Buffer.from(""); global.x; setImmediate(f); import("os"); typeof process < "u" ? 1 : process.platform; document.createElement("i");');
    assert.deepEqual(found.map((f) => f.split(/ at |\(/)[0]), ['require', 'require', 'process', 'Buffer', 'global', 'setImmediate', 'import', 'process', 'document']);
  });

  it('activates in a realm with a web worker\'s globals and none of Node\'s', () => {
    const deferred: unknown[] = [];
    const timers = { setTimeout: (f: unknown) => deferred.push(f), clearTimeout: () => undefined };
    const extension = loadInWorkerRealm(web.code, vscodeStub(), timers);
    assert.equal(typeof extension.activate, 'function');
    const api = extension.activate(contextStub()) as Record<string, unknown>;
    assert.ok(api.notes && api.tree && api.diagnostics, 'activate() returns the API');
  });

  it('is no more than 1.5 times the size of the Node bundle', () => {
    const webKb = Buffer.byteLength(web.code) / 1024;
    const nodeKb = Buffer.byteLength(node.code) / 1024;
    assert.ok(webKb <= 1.5 * nodeKb, `web ${webKb.toFixed(0)} KB, Node ${nodeKb.toFixed(0)} KB`);
    assert.ok(webKb > 100, `web ${webKb.toFixed(0)} KB: the whole extension is in it`);
  });
});
