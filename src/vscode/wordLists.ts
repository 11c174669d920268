/**
 * The spelling word lists the extension ships (dist/dict, built by scripts/buildDictionaries.mjs),
 * read from its own files through VS Code's file system, so the Node host and the browser's web
 * worker host load them alike: once per English variant, on first use.
 */
import * as vscode from 'vscode';
import { lexiconFiles, lexiconOf, SpellChecker } from '../core/letters/spelling';
import type { EnglishVariant } from '../core/shared/settings';

const loading = new Map<EnglishVariant, Promise<SpellChecker>>();

/** One shipped file's text: through workspace.fs, or fetched where the extension is served over http(s) and no file system provider serves it. */
async function readShipped(uri: vscode.Uri): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    const fetchText = (globalThis as { fetch?: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }> }).fetch;
    if (!fetchText || (uri.scheme !== 'https' && uri.scheme !== 'http')) throw e;
    const response = await fetchText(uri.toString(true));
    if (!response.ok) throw new Error(`${uri.toString(true)}: HTTP ${response.status}`);
    return response.text();
  }
}

/** The spell checker of a variant from the word lists under `extensionUri`/dist/dict; rejects when they cannot be read. */
export function loadSpellChecker(extensionUri: vscode.Uri, variant: EnglishVariant): Promise<SpellChecker> {
  let pending = loading.get(variant);
  if (!pending) {
    const folder = vscode.Uri.joinPath(extensionUri, 'dist', 'dict');
    pending = (async () => {
      const files = lexiconFiles(variant);
      const texts = await Promise.all(files.map((file) => readShipped(vscode.Uri.joinPath(folder, file))));
      const byFile = new Map(files.map((file, i) => [file, texts[i]]));
      return new SpellChecker(lexiconOf(variant, (file) => byFile.get(file)!), variant);
    })();
    // A failed read is tried again next time (e.g. the connection came back).
    pending.catch(() => loading.delete(variant));
    loading.set(variant, pending);
  }
  return pending;
}
