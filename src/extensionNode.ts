/**
 * The Node extension host's entry (package.json `main`): the shared extension (src/extension.ts,
 * also the browser's entry) plus what a local disk allows — links resolved with realpath, the
 * CLI's locked, atomic file replace for the files the extension itself writes, and the private
 * index cache file.
 */
import type * as vscode from 'vscode';
import { activate as activateShared } from './extension';
import { linkEscape } from './node/containedPath';
import { readCacheFile, writeCacheFile } from './node/indexCacheFile';
import { lockedUpdate } from './node/lockedUpdate';
import { provideDiskAccess } from './vscode/diskAccess';

export function activate(context: vscode.ExtensionContext): ReturnType<typeof activateShared> {
  provideDiskAccess({
    linkEscape,
    replaceFile: (path, next, options) => lockedUpdate(path, (bytes) => ({ next: next(bytes), result: undefined }), options),
    readCacheFile: (path) => readCacheFile(path),
    writeCacheFile: (path, bytes) => writeCacheFile(path, bytes),
  });
  return activateShared(context);
}

export { deactivate } from './extension';
