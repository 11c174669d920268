/**
 * Phrases that read as desperate rather than enthusiastic, by idea: needing this job, begging or
 * pleading, asking for "a chance", offering to do or take anything, last chances, impatience.
 * Matched over a sentence read across line breaks, lower-cased, apostrophes straightened.
 */

export interface ToneRule {
  readonly pattern: RegExp;
  /** What the phrase says, for the message. */
  readonly idea: string;
  /** A word the phrase cannot do without (lower case): the rule runs only on sentences with such a word. */
  readonly key: RegExp;
}

const ADVERBS = "(?:(?:really|truly|just|so|still|do|desperately|badly|urgently|genuinely|honestly|simply|absolutely|definitely|very much|seriously),? )*";
const I = "(?:i|i'm|i am)";

/** The writer as subject, with what may stand between it and the verb ("i feel like i am", "i've honestly been"). */
const ME = "(?:i|i'm|i am|i've|i have|i feel|i feel like i am|i feel like i'm|i'm starting to feel|i am starting to feel)(?: (?:\\w+ly|just|now|really|slowly|already|been|even))*";
/** What a candidate can run out of, or lose, in self-pity. */
const HOPE = '(?:hope|reasons|options|steam|faith|confidence|patience|energy|money|savings|motivation|belief|ideas|strength)';
/** Nobody: "no one", "no employer". */
const NOBODY = '(?:nobody|no one|no-one|no employer|no company|no one else|no other company)';
/** Giving or taking a candidate on. */
const TAKE_ON = '(?:hire|give|want|take|employ|call|pick|choose|consider|offer|accept)';
/** Less money or more hours, offered to win the job. */
const LESS_PAY = '(?:lower|reduced|half|lesser|smaller|discounted|minimum|entry-level|trainee|cut) (?:salary|pay|rate|wage|wages|fee)';
const ANY_HOURS = '(?:any|every|all the) (?:shift|shifts|hours|hour|day|days|night|nights|weekend|weekends|schedule|rota)';

export const TONE_RULES: readonly ToneRule[] = [
  {
    pattern: new RegExp(`\\bi ${ADVERBS}(?:need|must have|have to (?:have|get|land)|can't (?:do|go|be|live) without) (?:this|the|that|a|any|your) (?:\\w+ )?(?:job|position|role|opportunity|offer|work|income|paycheck|money|salary)\\b`),
    idea: 'saying you need this job',
    key: /^(?:need|must|have|can't)$/,
  },
  { pattern: /\b(?:i'm|i am) in (?:\w+ )?(?:desperate|dire|urgent|real) need\b/, idea: 'saying you need this job', key: /^need$/ },
  { pattern: /\bneed (?:the|this|a) (?:money|income|paycheck|pay check|salary)\b/, idea: 'saying you need the money', key: /^need$/ },
  {
    pattern: /\b(?:i'm|i am|i feel|i've been|i have been|getting|becoming)(?: \w+)? desperate\b|\bdesperately (?:want|need|hope|wish|seeking|looking|trying)\b|\bdesperate (?:for|to (?:get|find|land|join|work|start|hear))\b|\bdesperation\b/,
    idea: 'desperation',
    key: /^desperat/,
  },
  {
    pattern: /\b(?:i|i'm|i am)(?: (?:\w+ly|just|really|must|have to|would))? (?:beg|begging|implore|imploring|plead|pleading|beseech)\b(?! to differ)|\b(?:beg|begging|implore|imploring|plead(?:ing)? with|beseech) you\b/,
    idea: 'begging or pleading',
    key: /^(?:beg|begging|implore|imploring|plead|pleading|beseech)$/,
  },
  { pattern: /\bplease,? (?:please|i beg)\b/, idea: 'pleading', key: /^please$/ },
  { pattern: /\bplease,? (?:\w+ )?(?:hire|pick|choose|select|take) me\b|\b(?:hire|pick|choose) me,? please\b/, idea: 'pleading to be hired', key: /^(?:hire|pick|choose|select|take)$/ },
  { pattern: /(?<!\b(?:if|should|would|could|to|you|they) )\b(?:please |just |only )?(?:give|grant) me (?:a|one|this|the|just one|just a|one more|another|my) (?:\w+ )?(?:chance|shot|break)\b/, idea: 'pleading for a chance', key: /^(?:chance|shot|break)$/ },
  { pattern: /\ball (?:i|i'm) (?:ask|want|need|asking for|hoping for|wish for) (?:is|for)? ?(?:a|one|the|just a|just one) (?:\w+ )?(?:chance|shot|opportunity|break)\b/, idea: 'pleading for a chance', key: /^all$/ },
  { pattern: new RegExp(`\\b${I} ${ADVERBS}(?:asking for|hoping for|want|need|begging for) (?:just )?(?:a|one|one more|another|a single) (?:\\w+ )?(?:chance|shot|break)\\b`), idea: 'pleading for a chance', key: /^(?:chance|shot|break)$/ },
  {
    pattern: /\bi(?:'ll| will|'d| would| can| am willing to|'m willing to| am ready to|'m ready to| am prepared to|'m prepared to) (?:\w+ly )?(?:do|accept|take|try) (?:literally |absolutely |just )?(?:anything|whatever (?:you (?:want|need|ask)|is needed|it takes to (?:get|land|secure|earn|be given|be (?:a )?part of|be (?:hired|chosen|selected|considered|offered)|join|work (?:for|with|at|here|there))))\b/,
    idea: 'offering to do anything',
    key: /^(?:anything|whatever)$/,
  },
  { pattern: /\b(?:take|accept|consider|happy with|settle for) any (?:\w+ )?(?:job|position|role|work|opening|salary|pay)\b/, idea: 'offering to take anything', key: /^any$/ },
  { pattern: /\bany (?:job|position|role|opening) at all\b/, idea: 'offering to take anything', key: /^any$/ },
  { pattern: /\b(?:work|start|intern) for (?:free|nothing|no pay)\b|\bunpaid if (?:needed|necessary)\b|\btake a (?:big |huge )?(?:pay cut|lower salary)\b/, idea: 'offering to work for less', key: /^(?:free|nothing|pay|unpaid|cut|salary)$/ },
  { pattern: /\b(?:my|the) (?:last|only|final) (?:chance|hope)\b/, idea: 'a last chance', key: /^(?:chance|hope)$/ },
  { pattern: /\b(?:i )?(?:can't|cannot|can not) afford (?:to (?:lose|miss|not)|not to)\b/, idea: 'saying you cannot afford to miss this', key: /^afford$/ },
  { pattern: /\b(?:devastated|crushed|heartbroken|lost) if (?:i|i'm) (?:don't|do not|am not|not|can't)\b/, idea: 'saying you would be crushed', key: /^(?:devastated|crushed|heartbroken|lost)$/ },
  { pattern: /\b(?:been )?(?:unemployed|out of work|jobless|without (?:a )?job) (?:for|since) (?:almost |nearly |over |more than )?(?:\w+ )?(?:months?|years?|so long|a long time)\b/, idea: 'dwelling on being out of work', key: /^(?:unemployed|out|jobless|without)$/ },
  { pattern: /\bwhy (?:haven't|have you not|hasn't|didn't|have i not) (?:i heard|you (?:replied|answered|called|responded|written|got back))\b/, idea: 'impatience', key: /^why$/ },
  { pattern: /\b(?:i'm|i am) still waiting\b|\b(?:respond|reply|answer|get back to me) (?:asap|as soon as possible|immediately|urgently|right away)\b/, idea: 'impatience', key: /^(?:waiting|asap|immediately|urgently|away|possible)$/ },
  {
    pattern: /\b(?:this|the) (?:job|role|position|opportunity) (?:would )?means? (?:everything|the world|so much) to me\b|\b(?:want|need) (?:this|the) (?:job|role|position|opportunity|offer) (?:so )?(?:badly|desperately|more than anything)\b/,
    idea: 'saying you need this job',
    key: /^(?:mean|means|badly|desperately|anything)$/,
  },
  {
    pattern: /\bplease,? (?:don't|do not) (?:reject|pass over|pass on|overlook|forget|turn down|ignore|give up on) me\b|\bi(?: have| have got|'ve|'ve got) nowhere else to turn\b|\bdon't know what i(?:'ll| will| would|'d) do if\b/,
    idea: 'pleading',
    key: /^(?:please|nowhere|know)$/,
  },
  {
    pattern: /\b(?:accept|take) whatever (?:salary|pay|terms|hours|role|position|job|you (?:offer|can offer|have))\b|\bwork unpaid\b/,
    idea: 'offering to take anything',
    key: /^(?:whatever|unpaid)$/,
  },
  // Self-pity: the search as a story of failure, told to the one who decides.
  {
    pattern: new RegExp(`\\b${ME} (?:running|run|ran) out of ${HOPE}\\b|\\b${ME} (?:losing|lost)(?: all| my)? ${HOPE}\\b|\\b${ME} (?:almost|nearly|all but) (?:give|given|gave) up\\b|\\b${ME} (?:about to |ready to |close to )?(?:give|given|giving) up(?= *(?:[.,;!?]|$)| on (?:myself|finding|getting|ever|the search|my search|hope))`),
    idea: 'self-pity: saying you are losing hope',
    key: /^(?:hope|reasons|options|steam|faith|confidence|patience|energy|money|savings|motivation|belief|ideas|strength|give|given|giving|gave)$/,
  },
  {
    pattern: new RegExp(`\\b${NOBODY} (?:will|would|is going to|wants to|seems to want to|ever)(?: ever)? ${TAKE_ON}\\b|\\b(?:nobody|no one) (?:wants|hires|gives|calls) me\\b`),
    idea: 'self-pity: saying nobody will hire you',
    key: /^(?:nobody|no|no-one)$/,
  },
  {
    pattern: /\b(?:after|despite|with) (?:so many|countless|dozens of|hundreds of|endless|months of|years of|all these|all the|\w+ (?:straight|consecutive)|(?:a|an|one|two|three|four|five|six|\w+ long) (?:year|years|month|months|week|weeks) of) (?:rejections|refusals|applications|interviews|no's|knock-backs|knockbacks|failed attempts)\b|\bi(?:'ve| have) (?:applied|been applying) (?:to|for) (?:so many|countless|dozens of|hundreds of|over \w+|more than \w+|\d+|\w+ty(?:-\w+)?) (?:jobs|roles|positions|places|companies|firms|practices|openings|vacancies)\b|\bi(?:'ve| have) been (?:rejected|turned down|passed over) (?:so many|again and again|over and over|every time|\w+ times)\b/,
    idea: 'self-pity: dwelling on rejections',
    key: /^(?:rejections|refusals|applications|interviews|no's|knock-backs|knockbacks|attempts|applied|applying|rejected|turned|passed)$/,
  },
  {
    pattern: /\bi (?:don't|do not) know how (?:much longer|long) i can\b|\bi (?:can't|cannot) (?:take|handle|bear) (?:another|one more|any more) (?:rejection|no)\b/,
    idea: 'self-pity: saying you cannot go on',
    key: /^(?:know|take|handle|bear)$/,
  },
  // Pleading in other words: the heart, gratitude for ever, promises, conditions.
  {
    pattern: /\bfind (?:it )?in (?:your|their|his|her) heart\b|\b(?:forever|eternally|endlessly) (?:grateful|indebted|thankful|in your debt)\b|\bi (?:promise|swear)(?: you| that you)? (?:will not|won't|will never) regret\b|\bif only you (?:will|would|could) (?:just )?(?:give|offer|hire|let|take)\b/,
    idea: 'pleading',
    key: /^(?:heart|forever|eternally|endlessly|promise|swear|only)$/,
  },
  // Bargaining: less pay, any hours or the risk, offered for the job.
  {
    pattern: new RegExp(`\\b(?:at|for|on) (?:a |an )?${LESS_PAY}\\b|\\bhalf (?:pay|salary)\\b|\\b(?:without|for no) (?:extra|additional|overtime|any) (?:pay|money|compensation)\\b|\\bthe risk (?:is|would be) (?:all )?mine\\b`),
    idea: 'bargaining: offering to work for less',
    key: /^(?:lower|reduced|half|lesser|smaller|discounted|minimum|entry-level|trainee|cut|pay|money|compensation|mine)$/,
  },
  {
    pattern: new RegExp(`\\bi(?:'ll| will|'d| would| can| could| am happy to|'m happy to| am willing to|'m willing to| am ready to|'m ready to)? (?:\\w+ly )?work ${ANY_HOURS} you (?:need|want|like|ask)\\b|\\bwork (?:around the clock|every weekend|nights and weekends|unpaid overtime)\\b`),
    idea: 'bargaining: offering any hours',
    key: /^(?:shift|shifts|hours|hour|day|days|night|nights|weekend|weekends|schedule|rota|clock|overtime)$/,
  },
];