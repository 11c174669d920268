import assert from 'node:assert/strict';
import { CONTEXT_RULES, contextConfusions } from '../../src/core/checks/contextRules';
import { readProse } from '../../src/core/letters/prose';

/** [wrong word, word meant] for each slip one rule finds in `text`. */
function slips(text: string, rule: number): [string, string][] {
  return readProse(text, 0).sentences.flatMap((s) => contextConfusions(s.tokens, [CONTEXT_RULES[rule]]).map((m): [string, string] => [s.tokens[m.index].lower, m.meant]));
}

/** For each rule, in order: sentences where it must fire (the wrong word, the word meant) and correct ones where it must not. */
const CASES: { name: string; fires: [string, string, string][]; quiet: string[] }[] = [
  {
    name: 'then in a comparison',
    fires: [
      ['The onboarding was far more structured then the one at my last firm.', 'then', 'than'],
      ['I would sooner ask a question then guess.', 'then', 'than'],
      ['The audit took fewer days then budgeted.', 'then', 'than'],
      ['The new route was quicker then the old one.', 'then', 'than'],
    ],
    quiet: ['We reviewed more cases, then wrote the summary.', 'The former then joined our team.', 'The manager then called me.', 'We hired more people then moved offices.', 'I learned more then than in any year since.', 'First the audit, and then the move.'],
  },
  {
    name: 'exited for excited',
    fires: [
      ['I am so exited to hear your decision.', 'exited', 'excited'],
      ['It is an exiting project for the whole region.', 'exiting', 'exciting'],
    ],
    quiet: ['The last visitors exited through the side door.', 'The loop is exited, except on error.', 'The block has to be exited, then closed.', 'We exited the building at six.', 'Drivers exiting the car park pay at the barrier.'],
  },
  {
    name: "they're before a noun",
    fires: [
      ["I asked about they're budget for next year.", "they're", 'their'],
      ["We discussed they're reasons for the change.", "they're", 'their'],
    ],
    quiet: ["I hear they're hiring again.", "They're partners in the firm.", "I think they're right about the timeline.", "They're keen to start in May."],
  },
  {
    name: "there starting a clause before -ing",
    fires: [
      ['She mentioned that there moving the depot in spring.', 'there', "they're"],
      ['I know there planning a second site.', 'there', "they're"],
    ],
    quiet: ['There being no objection, we moved on.', 'I saw volunteers there cleaning the hull.', 'There is a meeting on Friday.'],
  },
  {
    name: 'there as the object of a verb',
    fires: [['The club pays there way.', 'there', 'their']],
    quiet: ['We met there last week.', 'I moved there in 2019.', 'I saw there was a queue.', 'You said there is time.', 'He told me there would be a second round.'],
  },
  {
    name: "who's before a noun",
    fires: [
      ["A supervisor who's advice I still follow.", "who's", 'whose'],
      ["The client who's files were lost.", "who's", 'whose'],
    ],
    quiet: ["I asked who's responsible for the archive.", "The colleague who's leading the audit.", "Ask who's next in the queue.", "The curator who's head of loans."],
  },
  {
    name: 'principle before a noun',
    fires: [
      ['My principle concern is the backlog.', 'principle', 'principal'],
      ['The principle aim of the project was access.', 'principle', 'principal'],
    ],
    quiet: ['The principle I follow is simple.', 'A principle worth keeping.', 'The principle of fairness matters.', 'The principal aim was access.'],
  },
  {
    name: "your before an adjective standing alone",
    fires: [
      ['I realise your busy this week.', 'your', "you're"],
      ['Let me know if your free on Monday.', 'your', "you're"],
      ['I hope your rested after the trip.', 'your', "you're"],
    ],
    quiet: ['Select your seed.', 'Bring your own.', 'Thank you for your busy afternoon with us.', 'Please bring your signed contract.', 'I read your revised plan.', 'Thank you again for your welcome.', 'I value your honest feedback.', 'You did it on your own.', 'Do your best.'],
  },
  {
    name: 'complements as praise',
    fires: [
      ['Please give my complements to the chef.', 'complements', 'compliments'],
      ['He paid a complement on my report.'.replace('a complement', 'his complement'), 'complement', 'compliment'],
    ],
    quiet: ['The new hire complements the team.', 'A full complement of staff.', 'My compliments to the kitchen.'],
  },
  {
    name: "it's before a noun and a verb",
    fires: [
      ["The clinic and it's staff were welcoming.".replace('and', 'said'), "it's", 'its'],
      ["The museum grew, and it's collection doubled.", "it's", 'its'],
    ],
    quiet: ["It's time to decide.", "It's a pleasure.", "I think it's fine.", "It's work that matters."],
  },
  {
    name: 'stationary as a noun',
    fires: [
      ['We order the stationary for every shop.', 'stationary', 'stationery'],
      ['Each office buys its own stationary.', 'stationary', 'stationery'],
    ],
    quiet: ['The lorry remained stationary.', 'Keep the trolley stationary while loading.', 'The stationary phase of the pump.'],
  },
  {
    name: 'affect before on or of',
    fires: [
      ['The change had a noticeable affect on waiting times.', 'affect', 'effect'],
      ['Its affects on morale were clear.', 'affects', 'effects'],
    ],
    quiet: ['The change will affect waiting times.', 'How does it affect on-call staff?'.replace('affect on-call', 'affect the on-call')],
  },
  {
    name: 'loosing for losing',
    fires: [['We risk loosing good staff.', 'loosing', 'losing']],
    quiet: ['The knot kept loosing itself.'.replace('kept loosing', 'was loosening'), 'We risk losing good staff.'],
  },
  {
    name: 'accept after every or all',
    fires: [['Every site accept the Leeds one has a nurse.', 'accept', 'except']],
    quiet: ['All functions that accept two arguments.', 'All branches accept cards.', 'Every tool that accepts input.'.replace('accepts', 'accept'), 'I would accept the offer.', 'They all accept cards.'.replace('all accept', 'accept')],
  },
];

describe('context rules (parts of speech from retext-pos)', () => {
  it('has a case list for every rule', () => {
    assert.equal(CASES.length, CONTEXT_RULES.length);
  });
  CASES.forEach((c, rule) => {
    it(`${c.name}: fires in context`, () => {
      for (const [text, wrong, meant] of c.fires) assert.deepEqual(slips(text, rule), [[wrong, meant]], text);
    });
    it(`${c.name}: quiet on correct uses`, () => {
      for (const text of c.quiet) assert.deepEqual(slips(text, rule), [], text);
    });
  });
  it('tags only sentences holding a word whose form depends on context', () => {
    const [plain, tagged] = readProse('We met on Monday. They showed me their plans.', 0).sentences;
    assert.ok(plain.tokens.every((t) => t.tag === undefined));
    assert.ok(tagged.tokens.some((t) => t.tag === 'NNS'));
  });
});
