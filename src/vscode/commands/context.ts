/** What every command handler gets. */
import type { NoteDiagnostics } from '../diagnostics';
import type { DueTreeProvider } from '../dueTree';
import type { NotesWorkspace } from '../notesWorkspace';

export interface CommandContext {
  readonly notes: NotesWorkspace;
  readonly tree: DueTreeProvider;
  readonly diagnostics: NoteDiagnostics;
}
