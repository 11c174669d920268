/**
 * Confused words decided by the parts of speech around them (tags from retext-pos, see
 * CONTEXT_WORDS in letters/prose), where a word list cannot see the slip: a possessive where the
 * sentence needs a contraction or the reverse, "then" in a comparison, a verb where a noun belongs
 * or the reverse, and sound-alikes that only the phrase decides. Each rule is general English
 * grammar: it looks at the tags and closed word classes next to the word, never at a topic.
 */
import type { Token } from '../letters/prose';

export interface ContextMatch {
  /** Index of the wrong word in the sentence's tokens. */
  readonly index: number;
  /** The word meant, lower case. */
  readonly meant: string;
  readonly why: string;
}

export interface View {
  readonly tokens: readonly Token[];
  /** The word token `offset` tokens from `i` (undefined past punctuation, source or the sentence's ends). */
  word(i: number, offset: number): Token | undefined;
}

const is = (t: Token | undefined, words: ReadonlySet<string>) => t !== undefined && words.has(t.lower);
const tagged = (t: Token | undefined, tag: RegExp) => t?.tag !== undefined && tag.test(t.tag);
const set = (s: string) => new Set(s.split(' '));

/** Nouns the tagger may name `NN`/`NNS` that a predicate after "they're"/"who's" often is: people and roles. */
const PEOPLE = /(?:ers|ors|ists|ians|ants|ents|ees|eers|people|staff|friends|colleagues|members|experts|leaders|parents|children|twins|peers|family|team-mates)$/;
/** Words that close a comparison's first half ("more … than", "rather … than"). */
const COMPARING = set('more less fewer rather other sooner');
/** Adjectives in -er that are no comparative. */
const NOT_COMPARATIVE = set('former latter other upper inner outer utter proper eager super under over after sober tender slender clever bitter whether together');
/** What follows "than" in a comparison with nothing between: a participle of expectation or a time word. */
const EXPECTATION = set('expected planned anticipated predicted forecast budgeted hoped imagined thought needed necessary required usual before ever intended estimated promised quoted scheduled');
/** Words that may start the clause "there"/"they're" begins. */
const CLAUSE_START = set('that and but because so as since if when while though although unless once whether think thought hope hoped know knew said say heard hear believe understand understood sure glad seems seem realise realize realised realized guess trust assume imagine');
/** Words the tagger may call nouns that say how someone is ("they're right", "who's ready"). */
const PREDICATE = set('right wrong fine sure ready busy late early able happy aware welcome keen free open back home here there done ok okay alone worth well away off out up down online offline due');
const BE = set("am is are was were be been being i'm you're we're they're he's she's it's feel feels felt seem seems seemed");
const DEGREE = set('so very really truly genuinely extremely incredibly particularly thoroughly most more quite all absolutely also still');
/** Real prepositions (not subordinators like "because"), before a noun phrase. */
const PREPOSITION = set('of for with on in about to from by into at over under through within without after before during');
/** Verbs that take a place ("moved there", "worked there"): "there" after them is the place. */
const PLACE_VERBS = set('go goes went gone get gets got live lives lived work works worked stay stays stayed arrive arrives arrived move moves moved travel travels travelled traveled stand stands stood sit sits sat remain remains remained meet meets met come comes came put puts be am is are was were been have has had do does did see saw seen find found lead leads led take takes took send sends sent drive drives drove walk walks walked run runs ran start starts started study studies studied teach teaches taught grow grew grown belong belongs belonged wait waits waited');
const TIME_WORDS = set('today tonight yesterday tomorrow now then once twice daily weekly monthly year years month months week weeks day days morning evening night afternoon last next before after already again too also');
/** Singular quantifiers that "except" follows ("every branch except …"): with them a verb would be "accepts". */
const ALL = set('every each everyone everybody everything nobody nothing anyone anybody anything');
const EXCITED_BY = set('to about by for that at and');
const OWNERS = set('my our his her their your its whose');
/** Words people put "stationery" after (buying or owning paper goods). */
const STATIONERY_BEFORE = set('own our their its your my the new branded printed order orders ordered ordering buy buys buying bought print prints printing office and of for');
const AFTER_NOUN = set('and or from for supplies supply orders order budget costs cost cupboard suppliers supplier');

export type ContextRule = (v: View, i: number) => ContextMatch | undefined;

export const CONTEXT_RULES: readonly ContextRule[] = [
  // "less time then we planned", "rather call then write": "then" closing a comparison.
  (v, i) => {
    const t = v.tokens[i];
    if (t.lower !== 'then') return undefined;
    const next = v.word(i, 1);
    if (!next || next.lower === 'than' || is(v.word(i, -1), set('and but or now just since until till back even only by'))) return undefined;
    for (let k = 1; k <= 4; k++) {
      const before = v.word(i, -k);
      if (!before || is(before, set('and but or so because when if while'))) break;
      // "smoother then": the tagger may call an -er comparative plain JJ.
      const comparative = is(before, COMPARING) || tagged(before, /^(?:JJR|RBR)$/) || (k === 1 && tagged(before, /^JJ$/) && /[^e]er$/.test(before.lower) && before.lower.length >= 5 && !is(before, NOT_COMPARATIVE));
      if (!comparative) continue;
      // "more people then joined": a finite verb after "then" is a time adverb, unless it names what was expected.
      if (before.lower !== 'rather' && before.lower !== 'sooner' && tagged(next, /^VB[DZP]?$|^VBN$/) && !is(next, EXPECTATION)) return undefined;
      return { index: i, meant: 'than', why: 'a comparison takes "than"; "then" is about time' };
    }
    return undefined;
  },
  // "I am exited to start": a feeling is "excited"; "an exiting opportunity" is "exciting".
  (v, i) => {
    const t = v.tokens[i];
    if (t.lower === 'exited') {
      const before = v.word(i, -1);
      const next = v.word(i, 1);
      // A feeling: "so exited", "I am exited", not a passive ("to be exited").
      const feeling = is(before, DEGREE) || is(before, set("i'm we're you're they're he's she's")) || (is(before, BE) && is(v.word(i, -2), set('i we you they he she')));
      if (feeling && (!next || is(next, EXCITED_BY))) return { index: i, meant: 'excited', why: 'to feel eager is "excited"; "exited" means left' };
    }
    if (t.lower === 'exiting' && is(v.word(i, -1), set('an a the so very really most such')) && tagged(v.word(i, 1), /^NNS?$/)) {
      return { index: i, meant: 'exciting', why: 'what thrills is "exciting"; "exiting" means leaving' };
    }
    return undefined;
  },
  // "to hear they're plans": a contraction where a noun follows needs the possessive.
  (v, i) => {
    if (v.tokens[i].lower !== "they're") return undefined;
    const next = v.word(i, 1);
    if (!next || !tagged(next, /^NNS?$/) || PEOPLE.test(next.lower) || is(next, BE) || is(next, PREDICATE)) return undefined;
    const after = v.word(i, 2);
    if (tagged(next, /^NN$/) || tagged(after, /^(?:IN|TO|MD|VBZ|VBD|VBP)$/) || !after) return { index: i, meant: 'their', why: 'belonging to them is "their"; "they\'re" is "they are"' };
    return undefined;
  },
  // "and that there hoping": "there" starting a clause before a verb in -ing is "they're".
  (v, i) => {
    if (v.tokens[i].lower !== 'there') return undefined;
    const next = v.word(i, 1);
    if (!tagged(next, /^VBG$/) || is(next, set('being seeming appearing remaining'))) return undefined;
    const before = i === 0 ? undefined : v.tokens[i - 1];
    const starts = before === undefined || before.kind === 'punctuation' || is(before, CLAUSE_START);
    return starts ? { index: i, meant: "they're", why: 'before a verb in -ing it reads as "they are"' } : undefined;
  },
  // "earns there keep", "share there view": a verb's object after "there" is owned, "their".
  (v, i) => {
    if (v.tokens[i].lower !== 'there') return undefined;
    const verb = v.word(i, -1);
    const noun = v.word(i, 1);
    if (!tagged(verb, /^VB[DZP]?$/) || is(verb, BE) || is(verb, PLACE_VERBS) || !tagged(noun, /^(?:NNS?|VB)$/) || is(noun, TIME_WORDS)) return undefined;
    const after = i + 2 < v.tokens.length ? v.tokens[i + 2] : undefined;
    const ends = after === undefined || after.kind === 'punctuation' || tagged(after, /^(?:IN|TO|CC)$/);
    return ends ? { index: i, meant: 'their', why: 'belonging to them is "their"; "there" is a place' } : undefined;
  },
  // "who's loans I managed": "who's" before a noun is the possessive "whose".
  (v, i) => {
    if (v.tokens[i].lower !== "who's") return undefined;
    let k = 1;
    if (tagged(v.word(i, 1), /^JJ$/) && tagged(v.word(i, 2), /^NNS?$/)) k = 2;
    const noun = v.word(i, k);
    if (!noun || !tagged(noun, /^NNS?$/) || PEOPLE.test(noun.lower) || is(noun, PREDICATE) || is(noun, set('next head chair lead boss president charge'))) return undefined;
    if (is(v.word(i, k + 1), set('of'))) return undefined;
    return { index: i, meant: 'whose', why: 'belonging to whom is "whose"; "who\'s" is "who is"' };
  },
  // "a principle reason": a rule ("principle") does not describe another noun; the main one is "principal".
  (v, i) => {
    const t = v.tokens[i];
    if (t.lower !== 'principle') return undefined;
    const next = v.word(i, 1);
    if (!next || !tagged(next, /^NN$/) || !is(v.word(i, -1), set('a the my our his her their its your main'))) return undefined;
    if (tagged(v.word(i, 2), /^(?:VBZ|VBD)$/) && is(v.word(i, -1), set('the'))) return undefined; // "the principle everyone follows"
    return { index: i, meant: 'principal', why: 'the main one is "principal"; a "principle" is a rule' };
  },
  // "I know your short on time": "your" before an adjective that ends the phrase is "you're".
  (v, i) => {
    if (v.tokens[i].lower !== 'your') return undefined;
    // "you're" starts a clause: at the sentence's start or after a word that opens one ("I know", "if", "hope");
    // after a verb or preposition it is the possessive ("select your seed", "for your welcome").
    const before = i === 0 ? undefined : v.tokens[i - 1];
    if (before !== undefined && before.kind === 'word' && !is(before, CLAUSE_START)) return undefined;
    const next = v.word(i, 1);
    // An adjective, or a participle used as one ("your stretched thin").
    if (!tagged(next, /^(?:JJ|VBN|VBD)$/) || is(next, set('own right best usual first last only next fellow dear former current'))) return undefined;
    let j = i + 2;
    if (tagged(v.tokens[j], /^(?:JJ|RB)$/) && v.tokens[j].kind === 'word') j++; // "stretched thin", "free tomorrow"
    const after = j < v.tokens.length ? v.tokens[j] : undefined;
    // A possessive needs a noun after its adjective: "your busy this week" has none.
    const ends = after === undefined || after.kind === 'punctuation' || tagged(after, /^(?:IN|TO|DT)$/);
    return ends && !tagged(after, /^NNS?$/) ? { index: i, meant: "you're", why: 'before an adjective on its own it reads as "you are"' } : undefined;
  },
  // "pass my complements to the team": praise is "compliments".
  (v, i) => {
    const t = v.tokens[i];
    if (t.lower !== 'complements' && t.lower !== 'complement') return undefined;
    const before = v.word(i, -1);
    const next = v.word(i, 1);
    const praise = (is(before, OWNERS) || is(before, set('pass send give with many'))) && is(next, set('to on'));
    return praise ? { index: i, meant: t.lower.replace('complement', 'compliment'), why: 'praise is a "compliment"; what completes is a "complement"' } : undefined;
  },
  // "so that it's accuracy improves": "it's" before a noun that a verb follows is "its".
  (v, i) => {
    if (v.tokens[i].lower !== "it's") return undefined;
    const noun = v.word(i, 1);
    if (!tagged(noun, /^NNS?$/) || is(noun, set('time fun okay ok nothing something everything anything worth'))) return undefined;
    const after = v.word(i, 2);
    const ownerSlot = is(v.word(i, -1), PREPOSITION) && (!after || tagged(after, /^(?:IN|CC)$/));
    return tagged(after, /^(?:VBZ|VBD|MD)$/) || ownerSlot ? { index: i, meant: 'its', why: 'belonging to it is "its"; "it\'s" is "it is"' } : undefined;
  },
  // "its own stationary and packaging": paper goods are "stationery"; "stationary" means not moving.
  (v, i) => {
    if (v.tokens[i].lower !== 'stationary') return undefined;
    const next = i + 1 < v.tokens.length ? v.tokens[i + 1] : undefined;
    const nounSlot = next === undefined || next.kind === 'punctuation' || is(next, AFTER_NOUN);
    return nounSlot && is(v.word(i, -1), STATIONERY_BEFORE) ? { index: i, meant: 'stationery', why: 'paper and office supplies are "stationery"' } : undefined;
  },
  // "a noticeable affect on": "affect … on" is the noun "effect".
  (v, i) => {
    const t = v.tokens[i];
    if ((t.lower !== 'affect' && t.lower !== 'affects') || !is(v.word(i, 1), set('on of'))) return undefined;
    if (!(tagged(v.word(i, -1), /^(?:DT|JJ|JJR|JJS|PRP\$|CD)$/) || is(v.word(i, -1), OWNERS))) return undefined;
    return { index: i, meant: t.lower.replace('affect', 'effect'), why: 'the result is an "effect"; "affect" is the verb' };
  },
  // "without loosing the touch": the verb is "losing".
  (v, i) => {
    if (v.tokens[i].lower !== 'loosing') return undefined;
    return is(v.word(i, -1), set('am is are was were be been avoid avoided without risk risking stop keep kept start started of from after before by')) ? { index: i, meant: 'losing', why: '"lose" is the verb; "loose" means not tight' } : undefined;
  },
  // "every branch accept the one in town": after "every/all …" it is "except".
  (v, i) => {
    if (v.tokens[i].lower !== 'accept') return undefined;
    const before = v.word(i, -1);
    if (is(before, set('to will would could can should might must i we you they not that which who'))) return undefined;
    for (let k = 1; k <= 3; k++) {
      const w = v.word(i, -k);
      if (!w) break;
      if (is(w, ALL)) return { index: i, meant: 'except', why: 'leaving something out is "except"' };
    }
    return undefined;
  },
];

/** Tokens' words next to each other, stopping at punctuation and code. */
function view(tokens: readonly Token[]): View {
  return {
    tokens,
    word(i, offset) {
      const step = offset > 0 ? 1 : -1;
      let j = i;
      for (let n = 0; n < Math.abs(offset); n++) {
        j += step;
        const t = tokens[j];
        if (!t || t.kind !== 'word') return undefined;
      }
      return tokens[j];
    },
  };
}

/** The confused words of a tagged sentence (a sentence without tags gives none). */
export function contextConfusions(tokens: readonly Token[], rules: readonly ContextRule[] = CONTEXT_RULES): ContextMatch[] {
  if (!tokens.some((t) => t.tag !== undefined)) return [];
  const v = view(tokens);
  const out: ContextMatch[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    for (const rule of rules) {
      const m = rule(v, i);
      if (m) {
        out.push(m);
        break;
      }
    }
  });
  return out;
}
