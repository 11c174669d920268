/**
 * notes — reading a note: decoding bytes, the gated `---` front-matter, the YAML engines (a fast
 * path and the `yaml` package, failsafe schema), the typed model of interview notes and letters,
 * its compact codec, the index of a folder's notes and the index cache.
 *
 * May import: shared.
 */
export * from './note';
export * from './noteIndex';
export * from './loader';
