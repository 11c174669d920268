/** A thank-you that is written but not sent: the unsent letter to that interviewer, if there is one. */
import type { IndexedLetter, NoteIndex } from '../notes/noteIndex';
import { samePerson } from '../shared/person';
import type { DueAction } from '../shared/types';

export function draftedLetterFor(index: NoteIndex, action: DueAction): IndexedLetter | undefined {
  if (action.kind !== 'thank-you' || !action.file || !action.person) return undefined;
  const person = action.person;
  return index.lettersFor(action.file).find((l) => !l.model.sent && l.model.to && samePerson(l.model.to.value, person));
}
