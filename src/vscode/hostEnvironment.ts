/**
 * What the extension asks of the machine it runs on, answered in both extension hosts: VS Code's
 * Node host and the browser's web worker host (vscode.dev, github.dev, code-server), where there
 * is no `process`. Nothing else under src/vscode touches `process`.
 */

interface NodeProcessLike {
  readonly platform?: string;
  readonly env?: Record<string, string | undefined>;
}

/** Node's `process`, or undefined in a web worker (read from globalThis: a bare `process` would throw there). */
function nodeProcess(): NodeProcessLike | undefined {
  return (globalThis as { process?: NodeProcessLike }).process;
}

/** An environment variable of the extension host; always undefined in the browser. */
export function environmentVariable(name: string): string | undefined {
  return nodeProcess()?.env?.[name];
}

/** Whether VS Code uses the macOS keybindings: the host's platform, or in the browser the browser's. */
export function isMac(): boolean {
  const platform = nodeProcess()?.platform;
  if (platform) return platform === 'darwin';
  const userAgent = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent ?? '';
  return /Macintosh|Mac OS X|iPhone|iPad/.test(userAgent);
}
