/** Helpers for tests in the extension host. */
import * as vscode from 'vscode';
import type { InterviewFollowUpApi } from '../../src/extension';

export const EXTENSION_ID = 'interview-followup.interview-followup';

export async function api(): Promise<InterviewFollowUpApi> {
  const extension = vscode.extensions.getExtension<InterviewFollowUpApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this host`);
  const exported = await extension.activate();
  await exported.notes.whenLoaded();
  return exported;
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function readText(relative: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(relative)));
}

export async function writeBytes(relative: string, bytes: Uint8Array): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceUri(relative), bytes);
}

/** Polls until `check` passes (the index updates after debounces and watcher events). */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
