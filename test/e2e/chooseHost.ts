/**
 * Which real VS Code runs the suites: a desktop VS Code through @vscode/test-electron, or
 * code-server in Chromium (this machine's kind: no internet, no display). Pure apart from the
 * injected look-ups, so the unit tests walk every branch (test/unit/chooseHost.test.ts);
 * test/e2e/run.mjs uses the compiled module.
 */
import { existsSync } from 'node:fs';

export type HostChoice =
  | { readonly host: 'electron'; readonly vscodeExecutablePath: string; readonly reason: string }
  | { readonly host: 'code-server'; readonly reason: string };

export interface HostProbe {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: string;
  readonly exists?: (path: string) => boolean;
  /** Downloads a desktop VS Code (or finds it in test-electron's cache); resolves to its executable. */
  readonly download: () => Promise<string>;
}

/** The first line of an error: "getaddrinfo ENOTFOUND update.code.visualstudio.com". */
function briefly(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].trim() || 'unknown error';
}

/**
 * VSCODE_TEST_HOST=electron or =code-server decides (electron then fails loudly when no VS Code
 * can be had: it was asked for). Otherwise a desktop VS Code: the one VSCODE_EXECUTABLE_PATH
 * names, else one downloaded (or cached) — on Linux only with a display to show it on
 * (DISPLAY or WAYLAND_DISPLAY; xvfb-run provides one). When none can be had, code-server.
 */
export async function chooseHost({ env, platform, exists = existsSync, download }: HostProbe): Promise<HostChoice> {
  const wanted = (env.VSCODE_TEST_HOST ?? '').trim().toLowerCase();
  if (wanted && wanted !== 'electron' && wanted !== 'code-server') {
    throw new Error(`VSCODE_TEST_HOST must be "electron" or "code-server", not "${env.VSCODE_TEST_HOST}"`);
  }
  if (wanted === 'code-server') return { host: 'code-server', reason: 'VSCODE_TEST_HOST=code-server' };

  const given = env.VSCODE_EXECUTABLE_PATH?.trim();
  if (given) {
    if (exists(given)) return { host: 'electron', vscodeExecutablePath: given, reason: `VSCODE_EXECUTABLE_PATH=${given}` };
    if (wanted === 'electron') throw new Error(`VSCODE_EXECUTABLE_PATH=${given} does not exist`);
  }

  const headless = platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY;
  if (headless && wanted !== 'electron') {
    return { host: 'code-server', reason: 'there is no display for a desktop VS Code (VSCODE_TEST_HOST=electron under xvfb-run uses one)' };
  }

  try {
    const vscodeExecutablePath = await download();
    return { host: 'electron', vscodeExecutablePath, reason: wanted === 'electron' ? 'VSCODE_TEST_HOST=electron' : 'a desktop VS Code could be downloaded (or was cached)' };
  } catch (error) {
    if (wanted === 'electron') throw new Error(`VSCODE_TEST_HOST=electron, but no desktop VS Code could be had: ${briefly(error)}`);
    return { host: 'code-server', reason: `no desktop VS Code could be downloaded (${briefly(error)})` };
  }
}

/** The one line the runner prints before any suite. */
export function describeChoice(choice: HostChoice): string {
  const host = choice.host === 'electron' ? `desktop VS Code via @vscode/test-electron (${choice.vscodeExecutablePath})` : 'code-server in Chromium';
  return `e2e host: ${host}, because ${choice.reason}`;
}
