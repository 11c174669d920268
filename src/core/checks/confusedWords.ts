/**
 * Real words that are wrong where they stand. Each rule names the word, the context that gives it
 * away and the word meant; rules are general English (collocations and grammar), matched over a
 * sentence read across line breaks, lower-cased, with the suspect word in the group `w`.
 */

export interface ConfusedRule {
  /** Lower-case pattern over a sentence; the group `w` (or `w2`, `w3` in further alternatives) is the wrong word. */
  readonly pattern: RegExp;
  /** The word meant (lower case), or a function of the wrong word for inflected forms. */
  readonly meant: string | ((wrong: string) => string);
  /** Why, for the message. */
  readonly why: string;
}

const alt = (words: readonly string[]) => words.join('|');

/** Nouns a possessive ("their", "its", "your", "whose") goes with, never "there", "it's", "you're". */
const OWNED = alt([
  'team', 'teams', 'company', 'organi[sz]ation', 'mission', 'culture', 'product', 'products', 'platform', 'customers', 'clients',
  'patients', 'students', 'staff', 'office', 'offices', 'approach', 'roadmap', 'strategy', 'business', 'department', 'employees',
  'members', 'projects?', 'roles?', 'programs?', 'programmes?', 'services', 'users', 'community', 'firm', 'school', 'hospital', 'clinic',
  'engineers', 'leadership', 'own', 'website', 'app', 'goals', 'vision', 'priorities', 'expectations', 'colleagues', 'partners',
  'interviewers', 'managers?', 'hiring', 'recruiting', 'recruitment', 'budget', 'industry', 'sector', 'brand', 'offer', 'board',
  'time', 'feedback', 'insights?', 'questions', 'decision', 'schedule', 'consideration', 'attention', 'kindness', 'hospitality',
  'perspective', 'advice', 'experience', 'expertise', 'work', 'care', 'support', 'help', 'guidance', 'field', 'unit', 'ward',
]);
/** Nouns that are also verbs after a plural subject ("the people there work hard"): not evidence after "there". */
const OWNED_AFTER_THERE = alt([
  'team', 'teams', 'company', 'organi[sz]ation', 'mission', 'culture', 'product', 'products', 'platform', 'customers', 'clients',
  'patients', 'students', 'staff', 'office', 'approach', 'roadmap', 'strategy', 'business', 'department', 'employees', 'projects?',
  'roles?', 'programs?', 'programmes?', 'website', 'goals', 'vision', 'priorities', 'colleagues', 'interviewers', 'managers?',
  'own', 'hiring', 'recruiting', 'leadership', 'engineers', 'clinic', 'hospital', 'school', 'firm', 'community', 'industry', 'brand',
]);
const BE = alt(['is', 'are', 'was', 'were', "isn't", "aren't", "wasn't", "weren't"]);
const MODAL_NOT_TO = alt(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', "won't", "wouldn't", "couldn't", "can't", 'cannot', 'not', "don't", "didn't", 'never', "i'd", "i'll", "we'll", "we'd"]);
const MODAL = alt(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', "won't", "wouldn't", "couldn't", "can't", 'cannot', 'not', 'to', "don't", "didn't", 'never', "i'd", "i'll", "we'll", "we'd"]);
const COMPARATIVE = alt([
  'more', 'less', 'fewer', 'rather', 'other', 'better', 'worse', 'greater', 'larger', 'smaller', 'higher', 'lower', 'bigger', 'faster',
  'slower', 'longer', 'shorter', 'earlier', 'stronger', 'easier', 'harder', 'further', 'sooner', 'different', 'older', 'younger',
  'cheaper', 'broader', 'deeper', 'wider', 'simpler', 'clearer', 'quicker', 'happier', 'busier', 'safer', 'closer',
]);
const ROLE_NOUN = alt([
  'engineer', 'engineers', 'architect', 'consultant', 'scientist', 'designer', 'analyst', 'investigator', 'researcher', 'product',
  'software', 'data', 'program', 'programme', 'partner', 'partners', 'associate', 'owner', 'officer', 'developer', 'manager',
  'accountant', 'auditor', 'nurse', 'counsel', 'attorney', 'lawyer', 'economist', 'statistician', 'strategist', 'writer', 'editor',
  'role', 'position', 'investigators', 'sum', 'amount', 'payments?', 'balance', 'loan',
]);
const PRINCIPLE_BEFORE = alt(['guiding', 'design', 'core', 'basic', 'first', 'moral', 'fundamental', 'key', 'founding', 'engineering', 'agile', 'lean', 'general', 'underlying', 'these', 'those', 'same', 'management', 'accounting', 'ethical', 'scientific']);
const FROM_VERBS = alt([
  'hear', 'hearing', 'heard', 'learn', 'learning', 'learned', 'learnt', 'away', 'apart', 'benefit', 'benefited', 'benefitted',
  'benefiting', 'come', 'came', 'coming', 'comes', 'graduated', 'graduating', 'moved', 'moving', 'transitioned', 'transitioning',
  'far', 'aside', 'different', 'differs', 'received', 'receiving', 'stems', 'stemmed', 'resulting', 'resulted', 'judging', 'drawn',
  'drawing', 'borrowed', 'switched', 'switching', 'shifted', 'shifting', 'hired', 'recruited', 'qualified',
]);
const INTENSIFIED = alt([
  'interesting', 'impressed', 'impressive', 'excited', 'exciting', 'sure', 'different', 'similar', 'clear', 'useful', 'helpful',
  'challenging', 'important', 'honestly', 'unique', 'fascinating', 'inspiring', 'enjoyable', 'valuable', 'remarkable',
]);

/** Words after which "there" is a possessive slip ("about there mission", "join there team"). */
const BEFORE_OWNED = alt([
  'about', 'on', 'of', 'for', 'with', 'to', 'into', 'at', 'by', 'within', 'join', 'joining', 'joined', 'meet', 'meeting', 'met',
  'admire', 'admired', 'support', 'supporting', 'supported', 'help', 'helping', 'helped', 'hear', 'heard', 'learn', 'learned',
  'learnt', 'visited', 'toured', 'during', 'thank', 'thanked', 'share', 'shared', 'sharing', 'improve', 'improving', 'grow', 'growing',
]);
/** Words that may follow a "there" that means a place or starts "there is": the closed classes of English. */
const AFTER_THERE = alt([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'shall', "isn't",
  "aren't", "wasn't", "weren't", "won't", "wouldn't", "couldn't", "shouldn't", "can't", 'has', 'have', 'had', 'seems?', 'seemed',
  'appears?', 'appeared', 'exists?', 'remains?', 'used', 'comes?', 'came', 'goes', 'went', 'lies', 'stands?', 'stood', 'again', 'too',
  'yet', 'now', 'soon', 'first', 'already', 'early', 'late', 'later', 'instead', 'before', 'after', 'today', 'tomorrow', 'tonight',
  'together', 'alone', 'all', 'both', 'only', 'just', 'also', 'anymore', 'though', 'then', 'and', 'but', 'or', 'nor', 'so', 'as', 'if',
  'when', 'because', 'that', 'which', 'who', 'whom', 'whose', 'where', 'while', 'until', 'since', 'than', 'to', 'in', 'on', 'at', 'for',
  'with', 'by', 'from', 'of', 'about', 'into', 'onto', 'over', 'under', 'up', 'down', 'out', 'off', 'through', 'across', 'around', 'near',
  'during', 'without', 'within', 'often', 'always', 'never', 'sometimes', 'usually', 'still', 'even', 'really', 'very', 'quite', 'more',
  'less', 'most', 'least', 'much', 'many', 'few', 'each', 'every', 'any', 'some', 'no', 'not', 'this', 'these', 'those', 'the', 'a',
  'an', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'me', 'you', 'us', 'them', 'i', 'we', 'they', 'he', 'she', 'it', 'what',
  'how', 'why', 'once', 'twice', 'regularly', 'daily', 'weekly', 'every', 'myself', 'yourself', 'ourselves', 'themselves',
]);
/** Words ending like an agent noun that are not one ("principle other", "principle matter"). */
const NOT_AGENT = alt(['other', 'under', 'after', 'over', 'ever', 'never', 'however', 'either', 'neither', 'whether', 'rather', 'order', 'matter', 'better', 'later', 'paper', 'number', 'member', 'power', 'answer', 'border', 'corner', 'chapter', 'register', 'character', 'error', 'factor', 'sector', 'vector', 'major', 'minor', 'prior', 'interior', 'exterior', 'behaviou?r', 'together', 'whatever', 'wherever', 'whenever', 'further', 'rather', 'water', 'winter', 'summer', 'letter', 'center', 'centre', 'christian', 'guardian']);

export const CONFUSED_RULES: readonly ConfusedRule[] = [
  // Real words that are almost always a typo in a job letter.
  { pattern: /\b(?<w>mangers?)\b/, meant: (w) => w.replace('manger', 'manager'), why: 'a manger is a feeding trough' },
  { pattern: /\b(?<w>pubic)\b/, meant: 'public', why: '"pubic" is anatomical' },
  { pattern: /\b(?<w>defiantly)\b/, meant: 'definitely', why: '"defiantly" means in open resistance' },
  { pattern: /\b(?<w>untied)\b (?:states|kingdom|nations|way)\b/, meant: 'united', why: '"untied" means with the knot undone' },
  { pattern: /\b(?<w>teem)\b(?! with)/, meant: 'team', why: '"teem" means to swarm' },
  { pattern: /\b(?:best|kind|warm) (?<w>retards)\b/, meant: 'regards', why: 'a letter closes with "regards"' },
  { pattern: /\b(?<w>statue)\b (?:of|on) (?:the|my|your) (?:application|candidacy|role|position|project|search|process)\b/, meant: 'status', why: 'a statue is a sculpture' },
  { pattern: /\b(?<w>prefect)\b (?:fit|match|opportunity|role|candidate|example|place|time)\b/, meant: 'perfect', why: 'a prefect is a school or civil officer' },
  // Collocations and grammar.
  { pattern: new RegExp(`\\b(?:${COMPARATIVE}) (?<w>then)\\b`), meant: 'than', why: 'a comparison takes "than"' },
  { pattern: new RegExp(`\\b(?:and|since|until|till|back|just|only|by|even) (?<w>than)\\b(?! (?:ever|before|usual|expected))`), meant: 'then', why: '"then" is about time; "than" compares' },
  { pattern: /\b(?:now and|every now and) (?<w>than)\b/, meant: 'then', why: '"now and then"' },
  { pattern: new RegExp(`\\b(?<w>principles?) (?:${ROLE_NOUN})\\b`), meant: (w) => w.replace('principle', 'principal'), why: 'a senior title is "principal"; a "principle" is a rule' },
  { pattern: new RegExp(`\\b(?:${PRINCIPLE_BEFORE}) (?<w>principals)\\b`), meant: 'principles', why: 'rules and values are "principles"' },
  { pattern: /\bin (?<w>principal)\b/, meant: 'principle', why: '"in principle"' },
  { pattern: new RegExp(`\\b(?:${FROM_VERBS}) (?<w>form)\\b(?! (?:of|a|an|the basis|part)\\b)`), meant: 'from', why: 'it reads as "from"' },
  { pattern: /\b(?:fill(?:ed|ing)? (?:out|in)|complete[ds]?|submit(?:ted)?|sign(?:ed)?) (?:the|a|this|that|your|my) (?<w>from)\b/, meant: 'form', why: 'a document to fill in is a "form"' },
  { pattern: new RegExp(`(?<!\\b(?:${BE}|over|out|in|from|here|get|got|be|been|up|down) )\\b(?<w>there) (?:${OWNED_AFTER_THERE})\\b`), meant: 'their', why: 'belonging to them is "their"' },
  { pattern: new RegExp(`\\b(?<w>they're) (?:${OWNED})\\b`), meant: 'their', why: 'belonging to them is "their"' },
  { pattern: new RegExp(`\\b(?<w>their) (?:${BE}|will be|has been|have been|seems|seem)\\b`), meant: 'there', why: '"there is / there are"' },
  { pattern: /\b(?:over|out) (?<w>their)\b(?= *(?:[.,;!?]|$))/, meant: 'there', why: 'a place is "there"' },
  { pattern: /\b(?<w>their) (?:going|not|doing|looking|hoping|planning|currently|also|really|clearly)\b/, meant: "they're", why: 'it reads as "they are"' },
  { pattern: /\b(?:an?|the|this|my|your|new|next|last|previous|former|prior|first|future|dream|permanent|temporary|hybrid|remote|junior|technical|senior|leadership|key|similar|current|exciting|challenging|perfect|great|ideal|open|advertised|same|(?:engineer|manager|analyst|developer|designer|nurse|teacher|director|lead)(?:ing)?) (?<w>rolls?)\b(?!-| (?:out|of|call|back|up|over|in the hay))(?<!on a roll)|\b(?:the|this|that) (?<w2>rolls?) (?:of|as) (?:an? |the )?(?:\w+ ){0,2}(?:engineer|manager|analyst|teacher|nurse|planner|coordinator|specialist|director|lead|head|assistant|officer|developer|designer|consultant|accountant|auditor|solicitor|paralegal|associate|administrator|technician|supervisor|advis[eo]r|scientist|researcher|architect|clerk|executive|producer|editor|writer)s?\b/, meant: (w) => w.replace('roll', 'role'), why: 'a position is a "role"' },
  { pattern: /\b(?<w>role(?:s|d|ing)?) (?:it |this |that |them )?(?:out|back)\b/, meant: (w) => w.replace(/^role/, 'roll'), why: 'to deploy or undo is to "roll out" / "roll back"' },
  { pattern: /\b(?:kind|generous|lovely|thoughtful|nice|warm|sincere) (?<w>complements?)\b/, meant: (w) => w.replace('complement', 'compliment'), why: 'praise is a "compliment"' },
  { pattern: /\b(?:would|will|could|can|should|might|nicely|perfectly|well|directly) (?<w>compliments?|complimenting|complimented)\b (?:your|the|our|their|its|each|one|this|my|existing|current)\b(?!(?:\W+\w+){0,4}\W+on\b)/, meant: (w) => w.replace('compliment', 'complement'), why: 'what completes something "complements" it' },
  { pattern: /\b(?<w>compliments?|complimented|complimenting|complimentary) (?:each other|one another)\b/, meant: (w) => w.replace('compliment', 'complement'), why: 'things that complete each other "complement" each other' },
  { pattern: new RegExp(`\\b(?:${MODAL}) (?:\\w+ly )?(?<w>loose)\\b`), meant: 'lose', why: '"lose" is the verb; "loose" means not tight' },
  { pattern: /\b(?<w>loose) (?:sight|track|touch|momentum|focus|interest|money|time|the chance|the opportunity|out)\b/, meant: 'lose', why: '"lose" is the verb; "loose" means not tight' },
  { pattern: /\b(?<w>lose) ends\b/, meant: 'loose', why: '"loose ends"' },
  { pattern: /\b(?:an?|positive|negative|significant|lasting|real|big|huge|measurable|direct|ripple|side|great|immediate|profound|strong|little|no) (?<w>affects?)\b(?! (?:the|our|your|their|my|how|every|all|many|people|customers|patients|students|users)\b)|\bthe (?<w2>affects?) (?:of|on)\b/, meant: (w) => w.replace('affect', 'effect'), why: 'the result is an "effect"' },
  { pattern: new RegExp(`\\b(?:${MODAL_NOT_TO}|directly|positively|negatively|significantly|greatly|deeply|adversely) (?<w>effect(?:s|ed|ing)?)\\b (?:the|our|your|their|my|how|every|all|many|people|customers|patients|students|users|outcomes|morale|productivity|performance|you|them|us|me)\\b`), meant: (w) => w.replace('effect', 'affect'), why: 'to influence is to "affect"' },
  { pattern: /\b(?<w>weather) or not\b/, meant: 'whether', why: '"whether or not"' },
  { pattern: /\b(?:know|knowing|ask|asked|asking|wonder|wondered|wondering|unsure|sure|decide|deciding|decided|see|about|regardless of|consider|considering|check|determine|learn) (?<w>weather)\b(?! (?:forecasts?|conditions|data|patterns|events|the storm|this|it|any)\b)/, meant: 'whether', why: '"whether" introduces a choice' },
  { pattern: /\b(?:office|school|printed|personalised|personalized|letterhead|wedding|business) (?<w>stationary)\b|\b(?<w2>stationary) (?:supplies|store|shop|items|orders?|cupboard)\b/, meant: 'stationery', why: 'paper and supplies are "stationery"' },
  { pattern: /\b(?:remain|remains|remained|stay|stays|stayed|stand|standing|completely|bike|bicycle|kept|keep) (?<w>stationery)\b/, meant: 'stationary', why: 'not moving is "stationary"' },
  { pattern: /\b(?<w>its) (?:a|an|the|been|not|going|clear|great|important|always|also|so|very|really|too|only|just|exciting|hard|easy|my|possible|likely|rare|true|obvious|nice|good|wonderful|refreshing|inspiring|reassuring|encouraging)\b(?!-)/, meant: "it's", why: 'it reads as "it is"' },
  { pattern: new RegExp(`\\b(?<w>it's) (?:${OWNED})\\b`), meant: 'its', why: 'belonging to it is "its"' },
  { pattern: /(?<!\b(?:for|of|with|by|at|on|in|about|from|into|to|after|during|despite|through) )\b(?<w>your) (?:welcome|going|doing|looking|hiring|a|an|the|very|so|also|interested|able|not|probably|likely|right that|correct|busy|expecting|planning|considering|still|already|clearly|building|growing|in|on|at|into|currently|hoping|aiming|working|leading|launching|moving|based|ready|keen|now)\b(?!-)/, meant: "you're", why: 'it reads as "you are"' },
  { pattern: new RegExp(`\\b(?<w>you're) (?:${OWNED}|time|consideration|feedback|advice|help|support|insights?|questions)\\b`), meant: 'your', why: 'belonging to you is "your"' },
  { pattern: new RegExp(`\\b(?<w>who's) (?:${OWNED})\\b`), meant: 'whose', why: 'belonging to whom is "whose"' },
  { pattern: /\b(?:have|has|had|having|previously|recently) (?<w>lead)\b(?! (?:to|into|time|times|generation|poisoning|role|engineer|developer|designer|position|pipes?|paint|on|for|in|of|the way)\b)|\b(?:was|were|been|being) (?<w2>lead) by\b/, meant: 'led', why: 'the past of "to lead" is "led"' },
  { pattern: new RegExp(`\\b(?:${MODAL}|help|helped|helping) (?<w>led)\\b`), meant: 'lead', why: 'after "to" or a modal verb the verb is "lead"' },
  { pattern: /\b(?:tech|team|the|a|project|design|engineering|clinical|product|as) (?<w>led) (?:engineer|developer|designer|role|position|nurse|auditor|architect|on)\b/, meant: 'lead', why: 'the title is "lead"' },
  { pattern: /\b(?:the|this|my|our|recent) (?<w>passed)\b(?! (?:away|on)\b)|\b(?<w2>passed) (?:few|couple|year|years|month|months|week|weeks|decade|experience|experiences|projects?|roles?)\b/, meant: 'past', why: 'earlier time is the "past"' },
  { pattern: /\b(?:have|has|had|having) (?<w>past)\b(?= (?:the|my|your|our|a|an|it|this|that|since|by|quickly)\b|\s*[.,;!?]|$)/, meant: 'passed', why: 'the verb is "passed"' },
  { pattern: /\b(?:your|the|any|some|his|her|their|our|my|good|great|helpful|valuable|career|practical|excellent|thoughtful|honest|kind|expert|legal|financial|medical|sound|useful|wise|generous|for|of) (?<w>advise)\b/, meant: 'advice', why: 'the noun is "advice"' },
  { pattern: /\b(?:to|would|could|can|please|will|i'll|we'll|i|we|happy to|glad to) (?<w>advice)\b(?! (?:and|from|on how)\b)/, meant: 'advise', why: 'the verb is "advise"' },
  { pattern: /\b(?:to|would|will|'d|gladly|happily|please|cannot|can't|can|could|i|we) (?<w>except)\b (?:the|your|this|an|my|our|a|it|their|that)\b/, meant: 'accept', why: 'to take what is offered is to "accept"' },
  { pattern: /\b(?<w>accept) for\b|\b(?:everyone|everything|anyone|anything|nothing|all|everybody) (?<w2>accept)\b/, meant: 'except', why: '"except" means "but not"' },
  { pattern: /\b(?:to|forward to|looking forward to) (?<w>here) (?:from|back from|more|about)\b/, meant: 'hear', why: 'to listen is to "hear"' },
  { pattern: /\b(?:looking|look|looks) forward (?<w>too)\b/, meant: 'to', why: '"look forward to"' },
  { pattern: new RegExp(`\\b(?<w>quiet) (?:a bit|a lot|a few|(?:${INTENSIFIED}))\\b`), meant: 'quite', why: '"quite" means very or fairly; "quiet" means silent' },
  { pattern: /\b(?<w>insure) (?:that|the|a|our|your|every|all|each|we|they|it|its|quality|compliance|consistency|success|smooth)\b/, meant: 'ensure', why: 'to make certain is to "ensure"' },
  { pattern: /\b(?:would|could|should|must|might|may|will) (?<w>of)\b(?= (?:been|had|liked|loved|done|seen|known|thought|made|gone|taken|come|got|gotten|met|enjoyed|wanted)\b)/, meant: 'have', why: '"would have", not "would of"' },
  { pattern: /\b(?<w>peaked|peeked) (?:my|our|your|his|her|their) (?:interest|curiosity)\b/, meant: 'piqued', why: 'interest is "piqued"' },
  { pattern: /\b(?:team|staff|employee|company|office|boost|boosts|boosted|boosting|improve|improved|improving|low|high|raise|raising) (?<w>moral)\b(?! (?:standards?|values|compass|codes?|obligations?|principles|ground|support|character|integrity|duty|duties|fibre|fiber|courage|dilemmas?|hazard|reasoning|judge?ments?|leadership|philosophy|authority|issues?|questions?|case|imperative|responsibility)\b)/, meant: 'morale', why: 'the spirit of a group is its "morale"' },
  { pattern: /\b(?:be|being|become|became|becoming|feel|felt|been|is|are) (?<w>apart) of\b/, meant: 'a part', why: '"a part of" (to belong); "apart" means separated' },
  { pattern: /\b(?:we|you|they) (?<w>where)\b(?= (?:\w+ing|able|not|also|both|all|very|so|on|in|at|discussing|talking)\b)/, meant: 'were', why: 'the past of "to be" is "were"' },
  { pattern: /\b(?:lose|lost|losing|loose) (?<w>site) of\b/, meant: 'sight', why: '"lose sight of"' },
  { pattern: /\b(?:legal|in-house|outside) (?<w>council)\b/, meant: 'counsel', why: 'a lawyer is "counsel"' },
  { pattern: /\b(?<w>personnel) (?:experience|goals|growth|development|interest|interests|statement|reasons|best|life|project|projects|website|strengths)\b/, meant: 'personal', why: '"personal" means your own; "personnel" are staff' },
  { pattern: /\b(?<w>breathe) of fresh air\b/, meant: 'breath', why: '"a breath of fresh air"' },
  { pattern: /\b(?:to|will|would|could|can|did|didn't|should) (?<w>chose)\b/, meant: 'choose', why: 'after "to" or a modal verb the verb is "choose"' },
  { pattern: /\b(?:my|your|his|her|their|long|successful|rewarding|whole|entire|early|previous|professional|teaching|nursing|engineering|legal|academic) (?<w>carrier)\b(?! (?:relations|partners?|network|management|rates?|contracts?|selection|performance|compliance|of)\b)/, meant: 'career', why: 'a working life is a "career"' },
  { pattern: /\b(?<w>carrier) (?:path|goals|growth|change|development|progression|move|advice|fair|fairs|ladder)\b/, meant: 'career', why: 'a working life is a "career"' },
  { pattern: /\b(?<w>everyday)(?=\s*(?:[.,;!?]|$))/, meant: 'every day', why: '"everyday" is an adjective; as an adverb write "every day"' },
  // The same slips in wider contexts.
  { pattern: new RegExp(`(?<!\\bout )\\b(?:${BEFORE_OWNED}) (?<w>there) (?!(?:${AFTER_THERE})\\b)(?=[a-z][a-z'-]{2,}\\b)`), meant: 'their', why: 'belonging to them is "their"' },
  { pattern: new RegExp(`\\b(?<w>principles?) (?!(?:${NOT_AGENT})s?\\b)[a-z]{3,}(?:er|or|ist|ian)s?\\b`), meant: (w) => w.replace('principle', 'principal'), why: 'a senior title is "principal"; a "principle" is a rule' },
  { pattern: /\b(?<w>loose) (?:my|our|your|their|his|her|its|this|that|the chance|the opportunity|out on)\b/, meant: 'lose', why: '"lose" is the verb; "loose" means not tight' },
  { pattern: /\b(?<w>form) you\b(?!r)/, meant: 'from', why: 'it reads as "from"' },
  {
    pattern: /(?<!\b(?:i|we|you|they|he|she|it|me|us|them),? )\b(?<w>too) (?:see|meet|hear|learn|work|join|talk|speak|discuss|help|bring|contribute|support|build|start|continue|visit|share|follow|be|have|get|make|take|thank|welcome|explore|find|grow|develop|apply|answer|ask|show|provide|offer|deliver|read|review|present|teach|serve|manage|plan|design|write|hearing|meeting|working|joining|learning|speaking|discussing|seeing)\b/,
    meant: 'to',
    why: 'before a verb it is "to"; "too" means also or excessively',
  },
  { pattern: new RegExp(`\\b(?:enjoyed|valued|appreciated|during|in|from|after|since|of|about|on|for|with|through|loved|liked|following|before) (?<w>are) (?:${OWNED}|conversation|conversations|discussion|discussions|meeting|meetings|interview|interviews|call|chat|talk|exchange|session|visit|tour)\\b`), meant: 'our', why: 'belonging to us is "our"' },
  { pattern: /\blet (?:me|us) (?<w>no)\b|\b(?:i|we|you|they) (?<w2>no) (?:that|how|what|if|whether|the answer)\b/, meant: 'know', why: 'to be aware is to "know"' },
  { pattern: /\b(?<w>know) (?:longer|doubt|matter|one|problem|later than)\b/, meant: 'no', why: 'the negative is "no"' },
  { pattern: /\b(?<w>bare) with (?:me|us)\b/, meant: 'bear', why: '"bear with me"' },
  { pattern: /\b(?:i|we) (?<w>wander(?:ed|ing)?) (?:if|whether|how|what|why)\b/, meant: (w) => w.replace('wander', 'wonder'), why: 'to ask yourself is to "wonder"' },
  { pattern: /\b(?<w>precede) (?:with|to)\b/, meant: 'proceed', why: 'to go ahead is to "proceed"' },
  { pattern: /\b(?:the|my|our|your|a) (?<w>hole) (?:team|process|company|experience|day|time|project|department|organi[sz]ation|office|thing|interview|conversation|week|year)\b/, meant: 'whole', why: 'all of it is the "whole"' },
  { pattern: /\b(?:a|very|more|most|so|your|the) (?<w>through) (?:review|understanding|analysis|approach|process|job|investigation|assessment|explanation|overview|tour|introduction|knowledge|check|audit|answer|answers|walkthrough)\b/, meant: 'thorough', why: 'careful and complete is "thorough"' },
  { pattern: /, (?<w>were) (?:i|we|you|they|he|she|it|there|people|everyone|staff)\b/, meant: 'where', why: 'a place or situation is "where"' },
  // "Last year I lead the rollout": the present tense beside a past time is a slip for "led".
  { pattern: new RegExp(`\\b(?:last (?:year|month|week|quarter|spring|summer|autumn|fall|winter|season)|in (?:19|20)\\d\\d|previously|formerly|years? ago|months? ago|back in|at my (?:last|previous|former) (?:job|role|company|employer|firm|school)|when i (?:was|worked))\\b[^.;]*?\\b(?:i|we|he|she|they) (?<w>lead)\\b(?! (?:to|into)\\b)|\\b(?:i|we|he|she|they) (?<w2>lead) (?:the|a|an|our|my|its|their)\\b[^.;]*\\b(?:last (?:year|month|week|quarter|spring|summer|autumn|fall|winter|season)|in (?:19|20)\\d\\d|previously|formerly|years? ago|months? ago|back in|at my (?:last|previous|former) (?:job|role|company|employer|firm|school)|when i (?:was|worked))\\b`), meant: 'led', why: 'the past of "to lead" is "led"' },
  { pattern: /\b(?<w>personal) (?:are|were|who|must|shortages?|turnover)\b|\b(?:certifying|certified|maintenance|medical|military|security|qualified|trained|licensed|licenced|ground|cabin|flight|nursing|clinical|support|operations|technical|field|site|warehouse|frontline|front-line|emergency|key) (?<w2>personal)\b(?! (?:statement|development|growth|best|interests?|experiences?|life|data|information|details|goals|use|injury|injuries|protective|care|finance|finances|brand|projects?|values|reasons|touch|space|assistant|trainer|loans?|banking|records|safety)\b)/, meant: 'personnel', why: 'staff are "personnel"; "personal" means your own' },
  { pattern: /\b(?:be|being|very|remain|remaining|stay|staying|was|were|is|are|and|but|quietly|polite|professional|warm|friendly|tactful|respectful|sensitive|confidential|courteous) (?<w>discrete)\b(?! (?:math|mathematics|maths|steps?|components?|events?|variables?|units?|phases?|stages?|values?|time|signals?|parts?|chunks?|elements?|modules?|points?|sets?|choices?|categories|category|increments?|quantities|levels?|logic|transforms?|structures?|optimi[sz]ation|simulation|mathematics|data)\b)|\b(?<w2>discrete) (?:and|but) (?:professional|polite|warm|friendly|respectful|confidential|tactful|courteous|attentive)\b|\b(?<w3>discrete) (?:service|manner|way|approach|inquiry|enquiry|enquiries|inquiries|handling|support|assistance|presence|word|conversation|reminder)\b/, meant: 'discreet', why: 'tactful and unobtrusive is "discreet"; "discrete" means separate' },
  { pattern: /\b(?:i|we|he|she|they|just|finally|successfully|recently) (?<w>past) (?:the|my|our|a|an|all|every|both|each|its|their|his|her)\b(?! (?:few|two|three|four|five|six|seven|eight|nine|ten|several|many|couple|year|years|month|months|week|weeks|decade|decades)\b)/, meant: 'passed', why: 'the verb is "passed"' },
  { pattern: /\b(?:happy|glad|delighted|pleased|willing|able|love|like|ready|honou?red|eager|keen) to (?<w>except)\b/, meant: 'accept', why: 'to take what is offered is to "accept"' },
];
