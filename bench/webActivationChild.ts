/**
 * The browser bundle's activation (web.activationMs): evaluating dist/web/extension.js in a
 * realm with a web worker's globals and none of Node's (bench/webRealm.ts) plus `activate()`
 * against the stub API, timed in a fresh process like activation.ms.
 */
import { readFileSync } from 'node:fs';
import { contextStub, vscodeStub } from './vscodeStub';
import { loadInWorkerRealm } from './webRealm';

const vscode = vscodeStub();
const started = process.hrtime.bigint();
loadInWorkerRealm(readFileSync(process.argv[2], 'utf8'), vscode).activate(contextStub());
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(JSON.stringify({ ms }));
process.exit(0);
