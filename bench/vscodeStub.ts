/**
 * A minimal stand-in for the VS Code API, for timing and checking activation without a host:
 * every call answers with another stub, so activation runs its real code path. Used by the
 * activation benchmarks (Node and web bundles) and the web bundle's unit test.
 */

export function stub(): unknown {
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
  'Selection', 'WorkspaceEdit', 'CodeAction', 'CodeActionKind', 'CompletionItem', 'CompletionItemKind', 'FileType', 'EndOfLine', 'ProgressLocation',
  'FileSystemError', 'UIKind', 'ExtensionMode', 'ViewColumn', 'QuickPickItemKind', 'ConfigurationTarget'];

export function vscodeStub(): Record<string, unknown> {
  return Object.fromEntries(NAMES.map((name) => [name, stub()]));
}

/** The extension context activate() is given. */
export function contextStub(): unknown {
  return { subscriptions: [], workspaceState: { get: (_k: string, d: unknown) => d, update: async () => undefined }, extensionUri: stub() };
}
