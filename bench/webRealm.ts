/**
 * Loads the browser bundle (dist/web/extension.js) as the browser's web worker extension host
 * does — a CommonJS module whose only `require` is `vscode` — in a fresh JavaScript realm that
 * has a web worker's globals and none of Node's (`process`, `Buffer`, `require`, `global`,
 * `setImmediate`, `__dirname`): a reference to one of them throws here as it would in the browser.
 */
import * as vm from 'node:vm';

export interface ExtensionModule {
  activate(context: unknown): unknown;
  deactivate?(): unknown;
}

/** What a dedicated web worker offers (the realm brings its own Object, Intl, Promise...). */
function workerGlobals(timers: { setTimeout: unknown; clearTimeout: unknown }): Record<string, unknown> {
  return {
    console,
    ...timers,
    setInterval,
    clearInterval,
    queueMicrotask,
    structuredClone,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
    atob,
    btoa,
    fetch,
    performance,
    crypto: globalThis.crypto,
    navigator: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36', language: 'en-US' },
  };
}

/**
 * Evaluates the bundle in a worker-like realm; `vscode` is what `require('vscode')` returns.
 * `timers` replace setTimeout/clearTimeout (a test can keep activation's deferred work from running against a stub).
 */
export function loadInWorkerRealm(code: string, vscode: unknown, timers = { setTimeout, clearTimeout } as { setTimeout: unknown; clearTimeout: unknown }): ExtensionModule {
  const context = vm.createContext(workerGlobals(timers));
  vm.runInContext('globalThis.self = globalThis;', context);
  const wrapper = vm.runInContext(`(function (module, exports, require) {${code}\n})`, context, { filename: 'dist/web/extension.js' }) as (
    module: { exports: object },
    exports: object,
    require: (id: string) => unknown,
  ) => void;
  const module = { exports: {} };
  wrapper(module, module.exports, (id) => {
    if (id === 'vscode') return vscode;
    throw new Error(`require(${JSON.stringify(id)}): the web worker extension host has no such module`);
  });
  return module.exports as ExtensionModule;
}
