/**
 * The Node extension host's entry (package.json `main`): the shared extension (src/extension.ts,
 * also the browser's entry) plus what a local disk allows — links resolved with realpath and the
 * CLI's locked, atomic file replace for the files the extension itself writes.
 */
import type * as vscode from 'vscode';
import { activate as activateShared } from './extension';
import { linkEscape } from './node/containedPath';
import { lockedUpdate } from './node/lockedUpdate';
import { provideDiskAccess } from './vscode/diskAccess';

export function activate(context: vscode.ExtensionContext): ReturnType<typeof activateShared> {
  provideDiskAccess({
    linkEscape,
    replaceFile: (path, next, options) => lockedUpdate(path, (bytes) => ({ next: next(bytes), result: undefined }), options),
  });
  return activateShared(context);
}

export { deactivate } from './extension';
