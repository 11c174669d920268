/**
 * `require` of the bundled extension plus `activate()` against a minimal stub of the VS Code
 * API (bench/vscodeStub.ts), timed in a fresh process (the benchmark's activation.ms).
 */
import Module from 'node:module';
import { contextStub, vscodeStub } from './vscodeStub';

const vscode = vscodeStub();
const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
(Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const started = process.hrtime.bigint();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extension = require(process.argv[2]);
extension.activate(contextStub());
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(JSON.stringify({ ms }));
process.exit(0);
