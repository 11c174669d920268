import assert from 'node:assert/strict';
import { lexiconFiles, typoCost } from '../../src/core/letters/spelling';
import { dictionaryFolder, loadSpellChecker } from '../../src/node/dictionary';
import { MISSPELLINGS } from '../../bench/letter';

const speller = loadSpellChecker(__dirname)!;

describe('spelling word lists', () => {
  it('are built into dist/dict with their licences', () => {
    const dir = dictionaryFolder(__dirname);
    assert.ok(dir, 'dist/dict is there (npm run build or scripts/buildDictionaries.mjs)');
    assert.deepEqual(lexiconFiles('us'), ['english-common.txt', 'english-us.txt', 'vocabulary.txt']);
  });

  it('accept a common prefix on a common word, not a slip that doubles or swaps a letter', () => {
    for (const word of ['rebooking', 'rethinking', 'overcommitted', 'nonclinical', 'preassembled', 'coauthored']) assert.equal(speller.isWord(word), true, word);
    for (const slip of ['untill', 'unecessary', 'recieve', 'reccomend']) assert.equal(speller.isWord(slip), false, slip);
  });

  it('take a word in letters English does not use for a foreign word or a name', () => {
    for (const word of ['whānau', 'Ngā', 'Ísafjörður', 'Łódź']) assert.equal(speller.isWord(word), true, word);
    assert.equal(speller.isWord('recieve'), false);
  });

  it('flag common misspellings, also those a word-game list would accept', () => {
    const accepted = MISSPELLINGS.map(([wrong]) => wrong).filter((w) => speller.isWord(w));
    assert.deepEqual(accepted, []);
    for (const slip of ['persue', 'wich', 'intersting', 'gracefull', 'milestons', 'alot', 'thier', 'recieve']) assert.equal(speller.isWord(slip), false, slip);
  });

  it('know the vocabulary of working life in several fields', () => {
    const terms = [
      'Kubernetes', 'PostgreSQL', 'microservices', 'onboarding', 'roadmap', 'backlog', // software
      'telehealth', 'triage', 'phlebotomy', 'oncology', 'readmissions', 'flowsheet', // healthcare
      'reconciliation', 'accruals', 'amortization', 'escrow', // finance and audit
      'paralegal', 'conveyancing', 'subpoena', 'pro', 'bono', // law
      'backhaul', 'warehousing', 'replenishment', 'forklift', 'kaizen', // logistics
      'curriculum', 'pedagogy', 'differentiated', 'oracy', // education
      'stakeholders', 'upskilling', 'cross-functional', 'Manchester', 'Rotterdam', // work and places
    ];
    assert.deepEqual(terms.filter((t) => !speller.isWord(t)), []);
  });

  it('accept a capitalised or all-capitals form of a word, not a lower-case name', () => {
    assert.ok(speller.isWord('Thank'));
    assert.ok(speller.isWord('THANK'));
    assert.ok(speller.isWord('London'));
    assert.ok(!speller.isWord('london'));
  });

  it('accept closed compounds of two common words, not slips that look like one', () => {
    assert.ok(speller.isWord('workstream'));
    assert.ok(!speller.isWord('everytime'));
    assert.ok(!speller.isWord('eachother'));
  });

  it('see a missing apostrophe even where the letters spell a rare word', () => {
    assert.equal(speller.missingApostrophe('dont'), "don't");
    assert.equal(speller.missingApostrophe('Ive'), "I've");
    assert.equal(speller.missingApostrophe('Im'), "I'm");
    assert.equal(speller.missingApostrophe('cant'), "can't");
    assert.equal(speller.missingApostrophe('its'), undefined);
    assert.equal(speller.missingApostrophe('were'), undefined);
    assert.equal(speller.missingApostrophe('readmissions'), undefined);
  });

  it('put first the word meant, the way people mistype: doubled, dropped, swapped, neighbouring keys, common words', () => {
    const cases: [string, string][] = [
      ['begining', 'beginning'], // a double dropped
      ['untill', 'until'], // a letter doubled
      ['occassion', 'occasion'],
      ['wrok', 'work'], // two letters swapped
      ['thrid', 'third'],
      ['thabk', 'thank'], // a neighbouring key
      ['ptoject', 'project'],
      ['meetinf', 'meeting'],
      ['adress', 'address'],
      ['tomorow', 'tomorrow'],
      ['sincerly', 'sincerely'], // a dropped letter: the common word, not a rarer neighbour
      ['reponse', 'response'],
      ['opportunites', 'opportunities'],
      ['intrest', 'interest'],
      ['independant', 'independent'], // a vowel for a vowel before a split into two words
      ['alot', 'a lot'],
    ];
    const wrong = cases.map(([typed, meant]) => [typed, meant, speller.suggest(typed)[0]]).filter(([, meant, first]) => first !== meant);
    assert.deepEqual(wrong, []);
    const firsts = MISSPELLINGS.filter(([typed, meant]) => speller.suggest(typed)[0] === meant).length;
    assert.ok(firsts >= Math.ceil(MISSPELLINGS.length * 0.95), `first suggestion right for ${firsts} of ${MISSPELLINGS.length}`);
  });

  it('rank one-edit slips by how typists make them', () => {
    assert.ok(typoCost('writting', 'writing') < typoCost('writting', 'gritting'));
    assert.ok(typoCost('commited', 'committed') < typoCost('commited', 'commuted'));
    assert.ok(typoCost('wrok', 'work') < typoCost('wrok', 'wreck'));
    assert.ok(typoCost('thabk', 'thank') < typoCost('thabk', 'thack'));
  });

  it('suggest the apostrophe form first, the intended word in the top three, in the case written', () => {
    assert.equal(speller.suggest('dont')[0], "don't");
    assert.equal(speller.suggest('youre')[0], "you're");
    const top3 = MISSPELLINGS.filter(([wrong, right]) => speller.suggest(wrong).slice(0, 3).includes(right)).length;
    assert.ok(top3 >= 35, `${top3} of ${MISSPELLINGS.length} right in the top three`);
    assert.equal(speller.suggest('Recieve')[0], 'Receive');
    assert.equal(speller.suggest('alot')[0], 'a lot');
    assert.equal(speller.suggest('Okonkow', ['Okonkwo'])[0], 'Okonkwo');
  });

  it('follow the English variant', () => {
    const us = loadSpellChecker(__dirname, 'us')!;
    const gb = loadSpellChecker(__dirname, 'gb')!;
    assert.ok(us.isWord('color') && !us.isWord('colour'));
    assert.ok(gb.isWord('colour') && !gb.isWord('color'));
    assert.ok(speller.isWord('color') && speller.isWord('colour'));
  });
});
