import assert from 'node:assert/strict';
import { newNoteFolder } from '../../src/core/edits/placement';
import { resolveSettings } from '../../src/core/shared/settings';

describe('where a new interview note goes (placement)', () => {
  const place = (interviewPaths: string[], newNotesFolder = '', notesFolder = '') => newNoteFolder({ newNotesFolder, notesFolder, interviewPaths });

  it('the folder that already holds the interview notes', () => {
    assert.deepEqual(place(['interviews/2026-11-19-acme.md', 'interviews/2026-11-24-hooli.md']), { folder: 'interviews', reason: 'where your interview notes are' });
  });

  it('the folder that holds most of them', () => {
    assert.deepEqual(place(['jobs/2026/a.md', 'jobs/2026/b.md', 'old/c.md', 'd.md']), { folder: 'jobs/2026', reason: 'where 2 of your 4 interview notes are' });
  });

  it('on a tie, the folder of the latest-named note (notes are named by date), then the shallower one', () => {
    assert.equal(place(['2025/2025-03-01-a.md', '2026/2026-01-10-b.md']).folder, '2026');
    assert.equal(place(['x/2026-01-10-a.md', 'x/y/2026-01-10-a.md']).folder, 'x');
  });

  it('the workspace folder itself when the notes are at its root', () => {
    assert.equal(place(['2026-11-19-acme.md', 'interviews/x.md', '2026-11-20-b.md']).folder, '');
  });

  it('the notes folder when there are no notes yet', () => {
    assert.deepEqual(place([], '', 'notes/jobs'), { folder: 'notes/jobs', reason: 'in the notes folder' });
    assert.deepEqual(place([]), { folder: '', reason: 'in the notes folder' });
  });

  it('the setting when it names a folder inside the workspace folder', () => {
    assert.deepEqual(place(['interviews/a.md'], 'journal/interviews/'), { folder: 'journal/interviews', reason: 'set by interviewFollowUp.newNotesFolder' });
    assert.equal(place(['interviews/a.md'], 'a\\b').folder, 'a/b');
    assert.equal(place(['interviews/a.md'], '../outside').folder, 'interviews', 'a folder outside the workspace folder is ignored');
    assert.equal(place(['interviews/a.md'], '   ').folder, 'interviews');
  });

  it('reads interviewFollowUp.newNotesFolder from settings, empty by default', () => {
    assert.equal(resolveSettings({}).settings.newNotesFolder, '');
    assert.equal(resolveSettings({ 'interviewFollowUp.newNotesFolder': 'interviews' }).settings.newNotesFolder, 'interviews');
    const wrong = resolveSettings({ interviewFollowUp: { newNotesFolder: 3 } });
    assert.equal(wrong.settings.newNotesFolder, '');
    assert.match(wrong.problems[0], /interviewFollowUp\.newNotesFolder must be a folder path/);
  });
});
