/**
 * `require` of the bundled extension plus `activate()` against a minimal stub of the VS Code
 * API, timed in a fresh process (the benchmark's activation.ms). The stub answers every call
 * with another stub, so activation runs its real code path without a host.
 */
import Module from 'node:module';

function stub(): unknown {
  const fn = function () {};
  return new Proxy(fn, {
    get: (_t, prop) => (prop === 'then' ? undefined : prop === Symbol.toPrimitive ? () => '' : stub()),
    set: () => true,
    apply: () => stub(),
    construct: () => stub() as object,
  });
}

// A plain object with the API's namespaces and classes, so a bundler's `import * as vscode` copies them.
const NAMES = ['window', 'workspace', 'languages', 'commands', 'extensions', 'env', 'Uri', 'EventEmitter', 'ThemeIcon', 'ThemeColor', 'TreeItem',
  'TreeItemCollapsibleState', 'MarkdownString', 'Disposable', 'StatusBarAlignment', 'DiagnosticSeverity', 'Diagnostic', 'Range', 'Position',
  'Selection', 'WorkspaceEdit', 'CodeAction', 'CodeActionKind', 'CompletionItem', 'CompletionItemKind', 'FileType', 'EndOfLine', 'ProgressLocation'];
const vscode = Object.fromEntries(NAMES.map((name) => [name, stub()]));
const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
(Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const started = process.hrtime.bigint();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extension = require(process.argv[2]);
extension.activate({ subscriptions: [], workspaceState: { get: (_k: string, d: unknown) => d, update: async () => undefined }, extensionUri: stub() });
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(JSON.stringify({ ms }));
process.exit(0);
