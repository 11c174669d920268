/**
 * What only the Node extension host can do on a local disk, handed in by its entry point
 * (src/extensionNode.ts): resolve symbolic links with realpath, replace a file the way the CLI
 * writes notes (a lock, a re-read under it, a temporary file renamed over it), and keep the index
 * cache private (0600 files in a 0700 folder, under a size cap). The browser's web
 * worker has no disk: there this stays unset and the callers take their workspace.fs path.
 */
export interface DiskAccess {
  /** Whether folder-relative `relative` leaves the folder `root` once links are followed ('dangling': through a link to nothing). */
  linkEscape(root: string, relative: string): 'outside' | 'dangling' | undefined;
  /** Replaces the file at `path` with `next(old bytes)`, under its lock, whole or not at all; throws with a reason. */
  replaceFile(path: string, next: (bytes: Uint8Array) => Uint8Array, options: { readonly maxBytes: number; readonly what: string }): Promise<void>;
  /** The index cache file's bytes, when it is this user's private file (else undefined: the notes are read). */
  readCacheFile(path: string): Uint8Array | undefined;
  /** Writes the index cache file privately, the folder kept under its size cap. */
  writeCacheFile(path: string, bytes: Uint8Array): void;
}

let access: DiskAccess | undefined;

export function provideDiskAccess(value: DiskAccess): void {
  access = value;
}

/** The local disk's extra powers, when the extension runs in the Node host. */
export function diskAccess(): DiskAccess | undefined {
  return access;
}
