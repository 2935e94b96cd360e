// The status lexicon: one named row per way news says an agreement reached a stage ("signed",
// "deposited its instrument of ratification", "held in abeyance"). Rows are data: adding a
// phrasing is adding a row, and every finding records the row that made it (`rule`). The checks
// that decide whether a matched row is realised (tense, modality, negation, its object) live in
// status.ts and clause.ts and are the same for every row.
import type { AgreementStatus } from '../types.js';

export interface CueDef {
  /** The row's name, recorded on every finding it makes. */
  id: string;
  /**
   * Lower-case substrings one of which the sentence must contain: skips the regex cheaply. Each
   * must start a word ("relaunched" needs its own hint, "launched" does not find it): rows are
   * indexed by their hints' first three letters (status.ts).
   */
  hint: string[];
  status: AgreementStatus;
  re: RegExp;
  kind?: 'scheduled';
  /** Only in headlines, whose present tense reports the past ("Japan, Philippines sign pact"). */
  titleOnly?: boolean;
  /** Present tense that reports an event of the day: needs "today" in its clause ("enters into force today"). */
  needsToday?: boolean;
  /** Needs a legislature in the same clause ("approved" alone is not a ratification). */
  needsLegislature?: boolean;
  /** A noun phrase ("the signing of", "entry into force"): other words make it unrealised. */
  nominal?: boolean;
  objectOnly?: boolean;
  partyRequired?: boolean;
  /** "had done so", "followed suit": repeats the status of the cue before it. */
  proform?: boolean;
  present?: boolean;
  /** Only about a mention before it, its subject ("the deal ended", not "ended the talks on X"). */
  subjectOnly?: boolean;
  /** Not when a legislature is in its clause (a legislature's "adopted" is a ratification). */
  notByLegislature?: boolean;
  /** Says nothing alone: needs talks or negotiations named before it ("talks … were concluded"). */
  needsTalks?: boolean;
  /** A noun phrase that is still realised ("the conclusion of negotiations"): it carries no tense, so no news day dates it. */
  tenseless?: boolean;
  /** The agreement's own end ("expired", "lapsed"): no party withdraws, so none is recorded. */
  wholeAgreement?: boolean;
  /** A ruling on the agreement (a court's "declared it null and void"): no party's step, so none is recorded, not even the court's country. */
  byCourt?: boolean;
  /** The talks' own state ("talks … stalled"): the sides' talks, no one party's step, so none is recorded. */
  talksState?: boolean;
  /**
   * The step the same words say of a state's accession to a bloc, when it is another: "joined the
   * Water Convention" is a ratification, "joined BRICS" the accession in force (the finding keeps
   * the row's name).
   */
  statusOfBlocAccession?: AgreementStatus;
  /** The step the same words say of a ceasefire or peace agreement: the sides "accepted a ceasefire plan" agree to it, no state ratifies it. */
  statusOfPeaceAgreement?: AgreementStatus;
  /** Says a step only of a ceasefire or peace agreement ("agreed to stop fighting", "extended the truce", "with immediate effect"). */
  peaceOnly?: boolean;
  /** Says a step only of an accession ("approved Iran's bid"): of any other agreement nothing. */
  accessionOnly?: boolean;
  /**
   * A relative clause on the agreement's noun ("the deal, announced on Dec 24, …", "the agreement
   * struck between Johnson and the EU"): its own clause, so the words of intention or support before
   * the noun ("The Commons supported the agreement struck …") are not about it.
   */
  relative?: boolean;
  /** The joining state's own step ("applied to join"): only of an accession, and the joiner, not the bloc, is its subject. */
  byJoiner?: boolean;
}

const TALK_NOUN = '(?:negotiations|talks|discussions)';
const TALKS = `(?:formal\\s+|official\\s+)?${TALK_NOUN}`;
// Up to three words between a determiner and "talks": "a new round of peace treaty talks".
const MODS = "(?:[\\w'’-]+\\s+){0,3}?";
const W = "[\\w'’-]+";
const POSSESSIVE = "(?<=(?:'s|’s|s'|s’)\\s+(?:formal\\s+|final\\s+)?)";

// "the first (of the two countries) to": what follows is a fact, not an aim.
// Numbered too: "the 60th country to ratify", "the 13th and 14th WTO members to ratify". With its
// determiner for "first": "Britain first signed up to join" is an adverb, no rank (headlines drop
// the others' article: "Canada last to ratify").
export const ORDINAL_TO = "\\b(?:(?:the|its|their)\\s+first|(?:(?:the|its|their)\\s+)?(?:latest|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|newest|last|only|\\d+(?:st|nd|rd|th)(?:\\s+and\\s+\\d+(?:st|nd|rd|th))?))\\s+(?:[\\w'’-]+\\s+){0,4}?to\\s+";

export const LEXICON: CueDef[] = [
  // proposed
  // Not the adjective ("the proposed treaty", "a proposed truce"): a thing proposed is not a proposal
  // made. Its object is the agreement ("eyes a free trade agreement"), not sites, issues or a date.
  { id: 'proposed-consider', hint: ['consider', 'weigh', 'eye', 'mull', 'explor', 'propos', 'float'], status: 'proposed', re: /\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)|eye(?:s|d|ing)|mull(?:s|ed|ing)?|explor(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|floated|floating)\b(?<!\b(?:a|an|the|its|their|this|that)\s+\w+|['’]s\s+\w+)(?!\s+that\b)/gi, objectOnly: true },
  // "the idea of the RCEP was first floated in 2012", "a pact was being considered": the agreement as the subject.
  { id: 'proposed-was-floated', hint: ['floated', 'proposed', 'mooted', 'considered'], status: 'proposed', subjectOnly: true, re: /\b(?:was|were|had\s+been|has\s+been|have\s+been|is\s+being|are\s+being)\s+(?:first\s+|\w+ly\s+)?(?:floated|proposed|mooted|considered)\b(?!\s+(?:as|for|to|by\s+the\s+way)\b)/gi },
  // "expected to greenlight negotiations for X": talks are only in prospect, so X is proposed now.
  { id: 'proposed-expected-to-launch-talks', hint: ['expected', 'set to', 'poised', 'likely', 'due to'], status: 'proposed', kind: 'scheduled', re: new RegExp(`\\b(?:expected|set|poised|likely|due)\\s+to\\s+(?:greenlight|green-light|green\\s+light|approve|authori[sz]e|endorse|okay|launch|begin|start|open|kick\\s+off)\\s+(?:the\\s+)?(?:(?:launch|start|opening)\\s+of\\s+)?${TALKS}`, 'gi') },
  // negotiating
  // Also a bloc's talks on an accession: "decided to open accession negotiations with Bosnia".
  { id: 'negotiating-agreed-to-start-talks', hint: ['agree', 'decided'], status: 'negotiating', re: new RegExp(`\\b(?:agree[ds]?|decided|agreeing)(?:\\s+${W}){0,3}?\\s+to\\s+(?:(?:start|begin|launch|open|hold|resume|commence)\\s+(?:(?:accession|membership)\\s+)?(?:${TALKS}|negotiating)|negotiate)\\b`, 'gi') },
  { id: 'negotiating-launched-talks', hint: ['talks', 'negotiations', 'discussions'], status: 'negotiating', re: new RegExp(`\\b(?:launched|relaunched|began|begun|started|opened|reopened|commenced|resumed|entered|held|holding|hold|(?=resuming|beginning|starting|launching|opening|entering)(?<=\\b(?:are|is|were|was|been)\\s+(?:\\w+ly\\s+)?)(?:resuming|beginning|starting|launching|opening|entering))\\s+(?:the\\s+|a\\s+|an\\s+)?${MODS}(?:rounds?\\s+of\\s+${MODS})?${TALKS}`, 'gi') },
  { id: 'negotiating-launch-of-talks', hint: ['talks', 'negotiations', 'discussions'], status: 'negotiating', re: new RegExp(`\\b(?:launch|start|opening|beginning|commencement)\\s+of\\s+(?:the\\s+)?(?:(?:accession|membership)\\s+)?${TALKS}`, 'gi') },
  // An accession's talks go chapter by chapter: "opened the first cluster, 'Fundamentals'", "launched
  // the final accession negotiating cluster with Albania", "held the first intergovernmental
  // conference" (the bloc's session that opens or advances them). Only of an accession.
  { id: 'negotiating-opened-cluster', hint: ['cluster', 'intergovernmental', 'accession conference'], status: 'negotiating', accessionOnly: true, re: /\b(?:opened|launched|opening\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:accession\s+)?(?:negotiating\s+)?cluster\b|\b(?:held|holding|convened)\s+(?:the|its|a)\s+(?:[\w'’-]+\s+){0,3}?(?:intergovernmental|accession)\s+conference\b/gi },
  { id: 'negotiating-talks-began', hint: ['began', 'opened', 'started', 'kicked', 'under', 'commenced', 'took place', 'held', 'resumed', 'launched', 'relaunched', 'starting', 'beginning', 'resuming', 'revived'], status: 'negotiating', re: /\b(?:negotiations?|talks|discussions)\b[^,.;:]{0,50}?\b(?:began|opened|started|kicked\s+off|got\s+under\s+way|got\s+underway|commenced|took\s+place|were\s+held|was\s+held|resumed|relaunched|(?:were|was|are|is|had\s+been|have\s+been)\s+(?:being\s+)?(?:formally\s+|officially\s+)?(?:launched|starting|beginning|resuming|revived))\b/gi },
  // "talks on X are in their final stage", "negotiations with Paris continue"
  // "the talks stalled in 2014 … and returned to the negotiating table at the end of 2018", "are back
  // at the negotiating table": talks resumed.
  { id: 'negotiating-back-to-the-table', hint: ['table'], status: 'negotiating', re: /\b(?:returned|returning|came\s+back|went\s+back|got\s+back|(?:are|were|is|was)\s+back)\s+(?:to|at)\s+the\s+(?:negotiating\s+)?table\b/gi },
  { id: 'negotiating-talks-in-progress', hint: ['stage', 'phase', 'under', 'ongoing', 'continu', 'progress', 'advanced'], status: 'negotiating', present: true, re: new RegExp(`\\b${TALK_NOUN}\\b[^,.;:]{0,60}?\\b(?:(?:are|is|were|was|remain|remained)\\s+(?:still\\s+)?(?:in\\s+(?:their|the|its|an?)\\s+(?:[\\w-]+\\s+)?(?:stages?|phases?)|under\\s*way|ongoing|continuing|progressing|advanced)|continues?)\\b`, 'gi') },
  { id: 'negotiating-in-talks', hint: ['talks', 'negotiations', 'discussions'], status: 'negotiating', re: /\bin\s+(?:formal\s+)?(?:talks|negotiations|discussions)\b/gi },
  { id: 'negotiating-under-negotiation', hint: ['under negotiation', 'being negotiated'], status: 'negotiating', present: true, re: /\bunder\s+negotiation\b|\bbeing\s+negotiated\b/gi },
  // A progressive ("is negotiating one with France", "began negotiating"): not the adjective ("its
  // negotiating objectives"), nor a gerund after another verb ("spent a year negotiating the
  // agreement", "a key role in negotiating it", "had finished negotiating").
  { id: 'negotiating-negotiating', hint: ['negotiating'], status: 'negotiating', re: /\b(?=negotiating\b)(?<=\b(?:is|are|was|were|been|be|am|['’]re|began|begun|started|start|continued|continues|continue|keep|kept)\s+(?:\w+ly\s+|still\s+|now\s+|also\s+)?)negotiating\b(?!\s+(?:objectives?|points?|rounds?|committee|team|teams|table|positions?|mandate|partners?|sessions?|groups?|bod(?:y|ies)|history|record|tactics|strategy|stance|skills|power|process|chiefs?|directives?|guidelines|leverage|room|capital|frameworks?)\b)/gi },
  { id: 'negotiating-talks-on', hint: ['negotiations', 'talks'], status: 'negotiating', re: /\b(?:negotiations|talks)\s+(?:on|for|over)\b(?!\s+(?:years|months|decades|weeks|days|hours|hold|ice|\d|a\s+(?:year|decade|month|week)|the\s+(?:past|last)|some\s+time)\b)/gi, nominal: true },
  { id: 'negotiating-round-of-talks', hint: ['round'], status: 'negotiating', nominal: true, re: new RegExp(`\\bround\\s+of\\s+${MODS}${TALK_NOUN}\\b`, 'gi') },
  // agreed: negotiations concluded, text finalised or initialled, agreed in principle, signing scheduled
  { id: 'agreed-set-to-sign', hint: ['to sign', 'to ink', 'to put'], status: 'agreed', kind: 'scheduled', re: /\b(?:(?:is|are|were|was)\s+)?(?:set|scheduled|due|poised)\s+to\s+(?:sign|ink)\b|\b(?:is|are)\s+(?:(?:set|scheduled|due)\s+)?(?:on\s+\w+\s+)?to\s+(?:sign|ink|put\s+(?:their|its|his|her)\s+(?:names|signatures?)\s+to)\b/gi },
  { id: 'agreed-will-sign', hint: ['will'], status: 'agreed', kind: 'scheduled', re: /\bwill\s+(?:sign|ink|witness\s+the\s+signing)\b/gi },
  // "will be present at the ceremonial signing", "would witness the signing of an agreement" (a
  // reported future: status.ts lets "would" stand for "will" after a verb of saying).
  { id: 'agreed-will-witness-signing', hint: ['signing'], status: 'agreed', kind: 'scheduled', re: /\b(?:will|would)\s+(?:witness|attend|be\s+present\s+at|preside\s+over)\s+(?:the|a)\s+(?:\w+\s+)?signing\b/gi },
  { id: 'agreed-concluded-talks', hint: ['conclud', 'wrapped', 'complet', 'finali', 'closed', 'finished'], status: 'agreed', re: /\b(?:concluded|closed|wrapped\s+up|completed|finali[sz]ed|finished)\s+(?:the\s+)?(?:\w+\s+)?(?:negotiations|talks)\b|\b(?:finished|concluded|completed)\s+negotiating\b/gi },
  // A headline's present tense reports the day's news: "EU and Kenya conclude negotiations on trade deal".
  { id: 'agreed-conclude-talks-headline', hint: ['conclud', 'wrap', 'close', 'complet', 'finali', 'seal'], status: 'agreed', titleOnly: true, re: /\b(?:conclude|concludes|wrap\s+up|wraps\s+up|close|closes|complete|completes|finali[sz]es?|finali[sz]e)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:negotiations|talks)\b/gi },
  // Not across the talks' own start ("Negotiations began in 2016 and were concluded on 2 June 2021"):
  // that start is `negotiating-talks-began`'s, and the conclusion `agreed-were-concluded-after-talks`'.
  { id: 'agreed-talks-were-concluded', hint: ['conclud', 'wrapped', 'complet', 'finali'], status: 'agreed', re: /\b(?:negotiations|talks)\b(?:(?!\b(?:began|begun|opened|started|launched|relaunched|resumed|commenced|kicked\s+off)\b)[^,.;:]){0,60}?\b(?:(?:were|have\s+been|had\s+been|was)\s+)?(?:concluded|wrapped\s+up|completed|finali[sz]ed)\b/gi },
  // "the agreement, which was concluded at the ninth ministerial conference": the passive of concluding
  // one, in a relative clause (background). Not "The treaty was concluded on June 19 during Putin's
  // visit": in treaty language that is often the signing, and readers record it so.
  { id: 'agreed-agreement-was-concluded', hint: ['concluded', 'finali', 'sealed', 'wrapped'], status: 'agreed', re: /\b(?=was|were|has|have|had)(?<=\b(?:agreement|deal|accord|pact|treaty|convention|text)\s*,?\s+(?:that|which)\s+)(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:concluded|finali[sz]ed|sealed|wrapped\s+up)\b/gi },
  // "Negotiations on X, which began in 2022, were concluded in August": the passive verb alone.
  { id: 'agreed-were-concluded-after-talks', hint: ['conclud', 'wrapped', 'complet', 'finali'], status: 'agreed', needsTalks: true, re: /\b(?:were|have\s+been|had\s+been|was)\s+(?:\w+ly\s+)?(?:concluded|wrapped\s+up|completed|finali[sz]ed)\b/gi },
  // "concluded the UK-India free trade agreement": concluding an agreement is agreeing its text.
  { id: 'agreed-concluded-the-agreement', hint: ['concluded', 'wrapped', 'sealed', 'hammered', 'nailed', 'settled', 'drew up', 'drawn up', 'agreed', 'draft', 'finali'], status: 'agreed', re: /\b(?:concluded|wrapped\s+up|sealed|hammered\s+out|nailed\s+down|settled|drew\s+up|agreed|finali[sz]ed|completed(?=\s+(?:a|the)\s+draft\b))(?=\s+(?:the|a|an|their|its)\s+(?:["“”'‘’\w-]+\s+){0,7}?["“”]?(?:agreement|pact|deal|accord|treaty|FTA)\b)/gi },
  // ---- concluded texts in a relative clause on the agreement's noun
  // "The deal, announced on Dec 24, …", "the agreement struck between Boris Johnson and the EU on
  // Christmas Eve", "the ceasefire deal reached days earlier", "The Nakamal Agreement, reportedly
  // finalised last month", "the text concluded on the evening of Christmas Eve": a participle on the
  // noun, followed by its date, place or makers, tells when the text was agreed. Not after a rank
  // ("the first multilateral deal concluded in the WTO's history" describes it).
  { id: 'agreed-agreement-participle', hint: ['announced', 'struck', 'reached', 'concluded', 'agreed', 'finali', 'sealed', 'clinched', 'hammered', 'unveiled'], status: 'agreed', relative: true, re: /(?<!\b(?:first|second|third|only|last|latest|biggest|largest|most|best|\w+est)\s+(?:[\w'’-]+\s+){0,3}?(?:agreements?|deals?|accords?|pacts?|treaty|treaties|truce|ceasefire|cease-fire|text|arrangements?|conventions?)\s*,?\s+(?:\w+\s+)?)(?<=\b(?:agreements?|deals?|accords?|pacts?|treaty|treaties|truce|ceasefire|cease-fire|text|arrangements?|conventions?)\s*,?\s+(?:(?:first|reportedly|formally|finally|officially|already|originally|initially|jointly)\s+)?)(?:announced|struck|reached|concluded|agreed|finali[sz]ed|sealed|clinched|hammered\s+out|unveiled)\b(?=\s+(?:on|in|at|between|with|last|earlier|this|after|during|late|early|over|(?:\w+\s+){0,2}(?:ago|earlier)|by\s+(?!(?:the\s+end|end|mid|early|late|\d|January|February|March|April|May|June|July|August|September|October|November|December)\b)))/gi },
  // "the trade and cooperation agreement that the prime minister and Ursula von der Leyen concluded
  // on Christmas Eve": a relative clause with its own subject (with "that" or "which": "the most
  // comprehensive deal the EU has concluded with …" ranks it, and tells no step).
  { id: 'agreed-agreement-that-they-concluded', hint: ['concluded', 'struck', 'sealed', 'clinched', 'reached', 'finali', 'hammered'], status: 'agreed', re: /(?<=\b(?:agreements?|deals?|accords?|pacts?|treaty|truce|ceasefire|cease-fire|text)\s+(?:that|which)\s+(?:the\s+|both\s+)?(?:[\w'’.-]+\s+){1,7}?(?:had\s+|have\s+|has\s+)?)(?<!\b(?:was|were|been|be|is|are|not|will|would|to)\s+)(?:concluded|struck|sealed|clinched|reached|finali[sz]ed|hammered\s+out)\b(?=\s+(?:on|in|at|between|with|last|earlier|this|after|during|late|early|(?:\w+\s+){0,2}(?:ago|earlier))\b)/gi },
  // "the successful conclusion of the new defence cooperation agreement": concluding an agreement is agreeing its text.
  { id: 'agreed-conclusion-of-agreement', hint: ['conclusion'], status: 'agreed', tenseless: true, nominal: true, re: /\b(?:successful\s+)?conclusion\s+of\s+(?:the|a|an|their|its)\s+(?:[\w'’-]+\s+){0,4}?(?:agreement|pact|deal|accord|treaty|FTA|CEPA)\b/gi },
  // "signed the initial peace agreement": an initial text fixes the terms; the final signature comes later.
  { id: 'agreed-signed-initial-text', hint: ['signed', 'inked'], status: 'agreed', re: /\b(?:signed|inked)\s+(?:the|an|their|its)\s+initial\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|text|pact)\b/gi },
  { id: 'agreed-conclusion-of-talks', hint: ['conclusion', 'completion'], status: 'agreed', tenseless: true, re: /\b(?:conclusion|completion)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:negotiations|talks)\b/gi },
  // "the agreement was reached at the end of October", "a deal has been reached": the passive of reaching one.
  // Also "the initial two-month truce was agreed in April", "a ceasefire has been agreed".
  { id: 'agreed-deal-was-reached', hint: ['reached', 'agreed'], status: 'agreed', re: /(?<=\b(?:agreement|deal|accord|pact|truce|ceasefire|cease-fire|treaty|text)\s+(?:(?:that|which)\s+)?)(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:reached|agreed(?!\s+(?:to|that)\b))\b/gi },
  // "Biden announced a ceasefire agreement between Israel and Hezbollah", "announced a US-brokered
  // agreement to normalise relations": announcing an agreement reports it agreed.
  { id: 'agreed-announced-a-deal', hint: ['announced'], status: 'agreed', re: /\bannounced\s+(?:a|an|the|their)\s+(?!(?:immediate|unilateral)\s)(?:[\w'’-]+\s+){0,4}?(?:agreement|deal|accord|ceasefire|cease-fire|truce|pact)\b(?!\s+(?:would|will|was|is|had|has)\b)/gi },
  { id: 'agreed-in-principle', hint: ['principle'], status: 'agreed', re: /\bagreed\s+in\s+principle\b|\bagreement\s+in\s+principle\b/gi },
  { id: 'agreed-reached-a-deal', hint: ['reached', 'secured'], status: 'agreed', re: /\b(?:reached|secured)\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|pact|truce|ceasefire|cease-fire)\b(?![^.;]{0,60}?\bto\s+(?:keep|maintain|reinstate|preserve|retain)\b)(?!\s+(?:to|on\s+(?:a|the)\s+(?:plan|framework|roadmap)))/gi },
  { id: 'agreed-finalised-the-text', hint: ['text', 'terms', 'wording'], status: 'agreed', re: /\b(?:finali[sz]ed|endorsed|approved|adopted|settled|closed|agreed\s+(?:on|to)|signed\s+off\s+on)\s+(?:the\s+)?(?:final\s+)?(?:text|terms|wording)\b/gi },
  // "clinched the deal", "struck an accord": the terms are agreed (a signature may follow).
  { id: 'agreed-clinched', hint: ['clinch', 'struck'], status: 'agreed', re: /\b(?:clinched|struck)\b(?=\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w'’-]+\s+){0,3}?(?:deal|agreement|accord|pact|treaty|bargain)s?\b|\s+the\s+[A-Z])|(?<=\b(?:deal|agreement|accord|pact|treaty|bargain)s?\s+(?:(?:that|which)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:\w+ly\s+)?)(?:clinched|struck)\b/gi },
  // Initialling fixes the negotiated text; the signature comes later.
  { id: 'agreed-initialled', hint: ['initial'], status: 'agreed', re: /\binitiall?(?:ed|ing)\b/gi },
  // signed
  { id: 'signed-signed', hint: ['signed', 'inked'], status: 'signed', re: /\b(?:signed|inked)\b(?!\s+off\b)/gi },
  { id: 'signed-signing-took-place', hint: ['signing', 'signature', 'names to', 'name to', 'names on', 'name on', 'pen to paper'], status: 'signed', re: /\bwitnessed\s+the\s+signing\b|\bsigning\s+(?:ceremony\s+)?took\s+place\b|\bput\s+(?:his|her|their|its)\s+(?:formal\s+)?(?:signatures?|names?)\s+(?:to|on)\b|\bput\s+pen\s+to\s+paper\b/gi },
  // "the latest country to sign", "the first to ratify": an infinitive that reports a fact. "The
  // last countries to sign up" joined a treaty: that is ratified-first-to-ratify's.
  { id: 'signed-first-to-sign', hint: ['to sign', 'to ink'], status: 'signed', re: new RegExp(`${ORDINAL_TO}(?:sign(?!\\s+up\\b)|ink)\\b`, 'gi') },
  // Not "the 11th country to do so" after a comma: that ranks the step the sentence already reported.
  { id: 'ratified-first-to-ratify', hint: ['to ratify', 'to approve', 'to accept', 'to accede', 'to deposit', 'to sign up'], status: 'ratified', re: new RegExp(`${ORDINAL_TO}(?:ratify|approve|accept|accede\\s+to|deposit|sign\\s+up)\\b`, 'gi') },
  // "after Palau was the first to do so": the rank repeats the step reported before it (a
  // participle or apposition right after that step, "…, becoming the 11th country to do so", only
  // ranks it and is no other event).
  { id: 'proform-first-to-do-so', hint: ['to do so'], status: 'ratified', proform: true, re: new RegExp(`(?<!,\\s*(?:becoming\\s+|making\\s+it\\s+)?(?:the\\s+|its\\s+)?)${ORDINAL_TO}do\\s+so\\b`, 'gi') },
  { id: 'signed-signing-of', hint: ['signing of'], status: 'signed', re: /\bsigning\s+(?:today\s+|yesterday\s+|(?:on|last)\s+\w+\s+)?of\b/gi, nominal: true },
  { id: 'signed-signs-headline', hint: ['sign', 'ink'], status: 'signed', re: /\b(?:signs?|inks?)\b/gi, titleOnly: true },
  { id: 'signed-signs-today', hint: ['sign', 'ink'], status: 'signed', re: /\b(?:signs?|inks?)\b/gi, needsToday: true },
  // ratified
  { id: 'ratified-ratified', hint: ['ratified'], status: 'ratified', re: /\bratified\b/gi },
  { id: 'ratified-voted-to-approve', hint: ['voted'], status: 'ratified', re: /\bvoted\b[^,.;]{0,30}?\b(?:to\s+(?:ratify|approve|concur\s+in|endorse)|for\s+(?:the\s+)?ratification)\b/gi },
  { id: 'ratified-concurred', hint: ['concurred'], status: 'ratified', re: /\bconcurred\s+(?:in|with)\b/gi },
  // A cabinet gives approval too: only a legislature's counts.
  { id: 'ratified-gave-approval', hint: ['concurrence', 'approval', 'ratification'], status: 'ratified', needsLegislature: true, re: /\b(?:gave|given|giving|granted|obtained|secured|won|received|welcomes?|welcomed)\s+(?:its\s+|their\s+|the\s+)?(?:final\s+|formal\s+|unanimous\s+|overwhelming\s+)?(?:(?:Senate|Senate's|Senate’s|Diet|parliamentary|legislative)\s+)?(?:concurrence|approval|ratification)\b/gi },
  { id: 'ratified-legislative-approval', hint: ['concurrence', 'approval', 'ratification'], status: 'ratified', re: /\b(?:Senate|Diet|parliamentary|legislative|congressional)\s+(?:concurrence|approval|ratification)\b/gi },
  // "the Senate's ratification of X", "Britain's approval of X": a possessor did it.
  { id: 'ratified-possessive-ratification', hint: ['ratification'], status: 'ratified', re: new RegExp(`${POSSESSIVE}ratification\\s+of\\b`, 'gi'), nominal: true },
  // A cabinet approves too: "approval of" is a ratification only from a legislature.
  { id: 'ratified-possessive-approval', hint: ['approval', 'concurrence'], status: 'ratified', re: new RegExp(`${POSSESSIVE}(?:approval|concurrence)\\s+(?:on\\s+[^,;]{1,20}?\\s+)?(?:of|to|in)\\b`, 'gi'), nominal: true, needsLegislature: true },
  { id: 'ratified-bill-approving', hint: ['approving', 'ratifying', 'concurring'], status: 'ratified', needsLegislature: true, re: /\b(?:bill|law|resolution|motion|measure)\s+(?:approving|ratifying|concurring\s+in)\b/gi },
  // "Resolution No. 12, concurring in the ratification of X, was adopted": the act is the adoption.
  { id: 'ratified-resolution-adopted', hint: ['adopted', 'passed', 'approved'], status: 'ratified', re: /\b(?:resolution|bill|measure|motion)\b[^;]{0,40}?\b(?:concurring\s+in|approving|ratifying)\b(?=[^;]*?\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:adopted|approved|passed)\b)/gi },
  // "Ratification of X by the Diet on Friday": a nominal whose agent is a legislature.
  { id: 'ratified-ratification-by-legislature', hint: ['ratification'], status: 'ratified', nominal: true, re: new RegExp(`\\b(?:its|their)\\s+ratification\\s+(?=by\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}?${'(?:Senate|Diet|[Pp]arliament|[Ll]egislature|Congress|National\\s+Assembly|Federation\\s+Council|Riksdag|Eduskunta|Bundestag|Duma|Knesset|Sejm|Storting|Folketing)'})|\\bratification\\s+of\\b(?=[^,;]{0,80}?\\bby\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}?${'(?:Senate|Diet|[Pp]arliament|[Ll]egislature|Congress|National\\s+Assembly|Federation\\s+Council|Riksdag|Eduskunta|Bundestag|Duma|Knesset|Sejm|Storting|Folketing)'})`, 'gi') },
  { id: 'ratified-approved-by-legislature', hint: ['approved', 'endorsed', 'passed', 'cleared', 'backed'], status: 'ratified', re: /\b(?:approved|endorsed|passed|cleared|backed)\b(?!\s+the\s+(?:way|idea)\b)/gi, needsLegislature: true },
  { id: 'ratified-ratifies-headline', hint: ['ratifies', 'approves'], status: 'ratified', re: /\b(?:ratifies|approves)\b/gi, titleOnly: true },
  // "UN approves new convention against cybercrime": the United Nations (its General Assembly)
  // approving a treaty adopts its text, it ratifies nothing (the longer row wins over the one above).
  { id: 'agreed-un-approves-headline', hint: ['approves', 'adopts'], status: 'agreed', re: /\b(?:UN|U\.N\.|United\s+Nations|(?:UN\s+)?General\s+Assembly)\s+(?:approves|adopts)\b/g, titleOnly: true },
  // in force
  { id: 'in-force-took-effect', hint: ['effect'], status: 'in-force', re: /\b(?:took|(?:has|have|had)\s+(?:now\s+|\w+ly\s+)?taken)\s+(?:full\s+|formal\s+|legal\s+|immediate\s+)?effect\b/gi },
  // "came fully into force", "has officially come into force", "had already come into effect".
  { id: 'in-force-entered-into-force', hint: ['into force', 'into effect'], status: 'in-force', re: /\b(?:entered|came|went|(?<=\b(?:has|have|had)\s+(?:\w+ly\s+|already\s+|now\s+)?)(?:come|gone))\s+(?:fully\s+|formally\s+|officially\s+)?into\s+(?:force|effect)\b/gi },
  { id: 'in-force-became-effective', hint: ['effective'], status: 'in-force', re: /\b(?:became|(?:has|had)\s+(?:now\s+|\w+ly\s+)?become)\s+effective\b/gi },
  { id: 'in-force-now-in-force', hint: ['now in', 'in force', 'in effect'], status: 'in-force', present: true, re: /\b(?:is|are)\s+now\s+(?:(?:officially|formally|fully|legally)\s+)?in\s+(?:force|effect)\b/gi },
  // "a ceasefire between Israel and Iran was now in place": a present state, like "now in force".
  { id: 'in-force-now-in-place', hint: ['now in place'], status: 'in-force', present: true, re: /\b(?:is|are|was|were)\s+now\s+in\s+place\b/gi },
  // "the VFA is in full force again", "the treaty is back in force": a present state restored.
  { id: 'in-force-back-in-force', hint: ['in full force', 'back in force', 'in force again', 'in effect again'], status: 'in-force', present: true, re: /\b(?:is|are)\s+(?:now\s+)?(?:back\s+in\s+(?:full\s+)?(?:force|effect)|in\s+full\s+(?:force|effect)(?:\s+again)?|in\s+(?:force|effect)\s+again)\b/gi },
  // "brought the agreement into force", "exchanged diplomatic notes bringing into force the Compact
  // Review Agreement": the act that starts it. Not "brought UN sanctions back into force" (no
  // determiner: another object), "putting into effect a decision to pull out" (a decision, a law), nor
  // a bare "put into effect" (often a plan: "signature should follow and put into effect next year").
  // The agreement must be its object: "Ratifying the Treaty also brought the Act into force" is the Act's;
  // a gerund opening the sentence is its subject ("Putting the FTA into effect will release …"). A short
  // object only: "putting the Uzbekistan-Tajikistan Treaty on Alliance Relations into force" names another
  // treaty in full, which a mention step took for the junction agreement of the same states (fresh).
  { id: 'in-force-brought-into-force', hint: ['brought', 'bringing', 'brings', 'putting'], status: 'in-force', objectOnly: true, re: /(?<!^\s*)\b(?:brought|bringing|brings|putting)\s+into\s+(?:force|effect)\b(?!\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:decision|decree|law|bill|order|resolution|sanctions|measures?|plan|ruling)s?\b)|(?<!^\s*)\b(?:brought|bringing|brings|putting)\b(?=\s+(?:it\s+|(?:the|this|that|their|its|both)\s+(?:[\w'’.-]+\s+){0,3}?)into\s+(?:force|effect)\b)/gi },
  // "have applied the EPA provisionally since 1 January 2021": the verb before the adverb. Not the
  // bare "apply" ("unless Europe agreed to apply it provisionally": `agreed to` reads as realised).
  { id: 'in-force-applied-provisionally', hint: ['appl'], status: 'in-force', re: /\bappl(?:ied|ies|ying)\s+(?:(?:the|it|this|that|their|its)\s+)?(?:[\w'’.-]+\s+){0,4}?provisionally\b/gi },
  // "reached an agreement with the United States to keep a century-old extradition treaty going",
  // "agreed … to maintain the treaty", "to reinstate the extradition treaty": the treaty, whose end
  // was announced, stays in force; no new agreement is agreed (`agreed-reached-a-deal` steps aside).
  { id: 'in-force-agreed-to-keep', hint: ['reached', 'agreed', 'struck'], status: 'in-force', objectOnly: true, re: /\b(?:(?:reached|struck)\s+(?:an?\s+)?(?:agreement|deal|understanding)|agreed)\b[^.;]{0,60}?\bto\s+(?:keep|maintain|reinstate|preserve|retain)\b/gi },
  // A side's own ceasefire, declared: "declared an immediate ceasefire on Saturday", "we declare a
  // ceasefire effective from today", "announced an immediate ceasefire". Declaring it starts it; two
  // sides that "announced a ceasefire" agreed one (`agreed-announced-a-deal`).
  { id: 'in-force-declared-ceasefire', hint: ['declar', 'announced'], status: 'in-force', peaceOnly: true, re: /\b(?:declared|declares|declare|declaring)\s+(?:an?\s+|its\s+|their\s+)?(?:immediate\s+|unilateral\s+|indefinite\s+|complete\s+|general\s+|new\s+)?(?:cease-?fire|truce)\b|\bannounced\s+(?:an?\s+|its\s+|their\s+)?(?:immediate|unilateral)\s+(?:cease-?fire|truce)\b/gi },
  // "the ceasefire is holding", "the renewed February ceasefire … is holding": a present state.
  { id: 'in-force-ceasefire-holding', hint: ['holding'], status: 'in-force', present: true, peaceOnly: true, re: /(?<=\b(?:truce|ceasefire|cease-fire|armistice)\b[^.;]{0,80}?)\b(?:is|are)\s+(?:still\s+|largely\s+|broadly\s+|now\s+)?holding\b/gi },
  { id: 'in-force-remains-in-force', hint: ['remain'], status: 'in-force', re: /\b(?:remains?|remained)\s+in\s+(?:force|effect)\b/gi },
  { id: 'in-force-in-force-since', hint: ['since', 'been in'], status: 'in-force', re: /\b(?:in\s+(?:force|effect)|effective)\s+since\b|\bbeen\s+in\s+(?:force|effect)\b/gi },
  // "the current protocol, in place since 2019", "the treaty has been in place for 30 years": an
  // agreement in place is applied (a present state, like "in force since").
  // As an apposition or a present perfect only: "ending an arrangement that had been in place for
  // decades" is gone, "the transition period in place since January" is another thing.
  { id: 'in-force-in-place-since', hint: ['in place', 'been in'], status: 'in-force', re: /,\s*in\s+place\s+since\b|\b(?:has|have)\s+been\s+in\s+place\b/gi },
  { id: 'in-force-entry-into-force', hint: ['entry into'], status: 'in-force', re: /\bentry\s+into\s+(?:force|effect)\b/gi, nominal: true },
  { id: 'in-force-takes-effect-headline', hint: ['effect', 'into force'], status: 'in-force', re: /\b(?:takes|take)\s+effect\b|\b(?:enters|comes)\s+into\s+(?:force|effect)\b|\bnow\s+in\s+(?:force|effect)\b/gi, titleOnly: true },
  { id: 'in-force-takes-effect-today', hint: ['effect', 'into force'], status: 'in-force', re: /\btakes\s+effect\b|\b(?:enters|comes)\s+into\s+(?:force|effect)\b/gi, needsToday: true },
  // suspended / terminated
  // The bare verb too, for "decided to officially suspend preparations for …" (an infinitive after
  // a decision is realised; after any other word status.ts withholds it).
  { id: 'suspended-suspended', hint: ['suspend'], status: 'suspended', re: /\bsuspend(?:ed|ing)?\b/gi },
  { id: 'suspended-suspends-headline', hint: ['suspends'], status: 'suspended', re: /\bsuspends\b/gi, titleOnly: true },
  // Also a past progressive in reported speech: "announced in November that it was scrapping it".
  { id: 'terminated-terminated', hint: ['terminated', 'scrapped', 'abrogated', 'revoked', 'annulled', 'rescinded', 'expired', 'lapsed', 'scrapping', 'terminating', 'abrogating'], status: 'terminated', re: /\b(?:terminated|scrapped|abrogated|revoked|annulled|rescinded|(?<=\b(?:was|were)\s+)(?:scrapping|terminating|abrogating))\b/gi },
  { id: 'terminated-withdrew', hint: ['withdr', 'pulled'], status: 'terminated', re: /\b(?:withdrew|withdrawn|pulled\s+out)\s+(?:\w+ly\s+)?(?:from|of)\b/gi },
  // "pulled the US out of the deal", "took Britain out of": the country named inside leaves.
  { id: 'terminated-pulled-out', hint: [' out of', ' out from', 'withdr'], status: 'terminated', re: /\b(?:pulled|pulling|pulls|took|taking|takes|taken)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3}out\s+(?:of|from)\b|\b(?:pulled|pulling|took|taking|taken)\s+the\s+(?:country|nation)\s+out\s+(?:of|from)\b|\b(?:withdrew|withdrawing|withdraws)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3}from\b/g },
  { id: 'terminated-withdrawal-from', hint: ['withdrawal', 'exit', 'pullout'], status: 'terminated', re: /\b(?:withdrawal|exit|pull-?out)\s+from\b/gi, nominal: true, objectOnly: true },
  // "denounced" also means "criticised": only the agreement's own party denounces it away.
  { id: 'terminated-denounced', hint: ['denounc'], status: 'terminated', re: /\bdenounc(?:ed|ing)\b/gi, partyRequired: true },
  { id: 'terminated-ended', hint: ['ended', 'ending'], status: 'terminated', re: /\b(?:ended|ending)\b/gi, objectOnly: true },
  { id: 'terminated-scraps-headline', hint: ['scraps', 'terminates', 'quits', 'exits'], status: 'terminated', re: /\b(?:scraps|terminates|quits|exits)\b/gi, titleOnly: true },
  // ---- rows for the ways multilateral, trade and arms-control news says it
  // agreed: a conference or assembly adopts the text of a treaty; the signing is fixed.
  { id: 'agreed-adopted', hint: ['adopt'], status: 'agreed', notByLegislature: true, re: /\b(?:formally\s+|unanimously\s+)?adopted\b(?!\s+(?:a|the)\s+(?:resolution|decision|law|bill|motion|declaration|statement|position|mandate|recommendation|proposal)\b)/gi },
  { id: 'agreed-adoption-of', hint: ['adoption'], status: 'agreed', re: /\badoption\s+of\b/gi, nominal: true },
  { id: 'agreed-approved-by-assembly', hint: ['approved', 'endorsed', 'approval'], status: 'agreed', re: /(?<=\b(?:General\s+Assembly|United\s+Nations|World\s+Health\s+Assembly|Ministerial\s+Conference|[Cc]onference\s+of\s+(?:the\s+)?[Pp]arties|[Aa]ssembly)\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?)(?:approved|endorsed|given\s+its\s+approval\s+to|gave\s+its\s+approval\s+to)\b|\b(?:approved|endorsed)\b(?=[^.;]{0,60}?\b(?:General\s+Assembly|World\s+Health\s+Assembly|Ministerial\s+Conference|[Cc]onference\s+of\s+(?:the\s+)?[Pp]arties|member\s+states)\b)/g },
  { id: 'agreed-deal-finalised', hint: ['finali', 'sealed', 'wrapped'], status: 'agreed', re: /\b(?:has|have|had)\s+been\s+(?:\w+ly\s+)?(?:finali[sz]ed|sealed|wrapped\s+up|clinched)\b/gi },
  { id: 'agreed-signing-scheduled', hint: ['signing', 'signed'], status: 'agreed', kind: 'scheduled', re: /\bsigning(?:\s+ceremony)?\s+(?:is|was|has\s+been)\s+(?:now\s+)?(?:scheduled|set|planned|slated|fixed)\b|\bsigning\s+ceremony\b[^,.;]{0,80}?\b(?:is|are)\s+(?:due|set|scheduled|expected)\s+to\s+take\s+place\b|\b(?:is|are)\s+(?:to\s+be|due\s+to\s+be|scheduled\s+to\s+be|set\s+to\s+be|slated\s+to\s+be)\s+signed\b|\bwill\s+be\s+(?:formally\s+)?signed\s+(?:on|at|in|next|this|later)\b/gi },
  { id: 'agreed-text-settled', hint: ['text', 'terms'], status: 'agreed', re: /\b(?:the\s+)?(?:final\s+)?(?:text|terms)\b[^,.;]{0,40}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:settled|finali[sz]ed|agreed|closed|approved|adopted)\b/gi },
  { id: 'agreed-talks-finished', hint: ['finished', 'complete', 'over', 'done'], status: 'agreed', re: /\b(?:talks|negotiations)\b(?:(?!\b(?:began|begun|opened|started|launched|relaunched|resumed|commenced|kicked\s+off)\b)[^,.;]){0,60}?\b(?:are|were|is|was|have\s+been|had\s+been)\s+(?:now\s+)?(?:finished|complete|completed|over|done)\b/gi },
  // ratified: deposit, acceptance, accession, completed domestic procedures.
  { id: 'ratified-deposited-instrument', hint: ['deposit', 'instrument'], status: 'ratified', re: /\b(?:deposit(?:ed|s|ing)?|lodg(?:ed|es|ing)|handed(?:\s+over)?|submitted|presented)\s+(?:(?:its|their|the|her|his|the\s+(?:country|nation|state)['’]s)\s+)?(?:[\w-]+\s+){0,2}?instruments?\s+of\s+(?:ratification|accession|acceptance|approval)\b/gi },
  // "Israel's cabinet approved the ceasefire deal", "the Israeli government gave its approval to
  // the deal": where a government, not a legislature, approves an agreement it signed (ceasefires,
  // border deals, normalisation), that is its ratification. Not an approval to sign ("approved the
  // deal for signing"; match-article drops it where the article schedules the signing).
  { id: 'ratified-cabinet-approved', hint: ['approved', 'endorsed', 'approval'], status: 'ratified', partyRequired: true, re: /(?<=\b(?:[Cc]abinet|[Gg]overnment|[Cc]ouncil\s+of\s+[Mm]inisters)\s+(?:has\s+|had\s+|have\s+)?(?:already\s+)?(?:\w+ly\s+)?)(?:approved|endorsed|gave\s+its\s+(?:final\s+|formal\s+)?approval\s+to)\b(?![^.;]{0,60}?\b(?:for\s+signing|to\s+sign|the\s+signing|before\s+(?:its\s+)?signing|draft)\b)/g },
  // "its withdrawal took effect on 4 November 2020", "The US decision to pull out of the agreement
  // became effective on Wednesday": a party's withdrawal taking effect (status.ts keeps the
  // in-force rows off such a subject).
  { id: 'terminated-withdrawal-took-effect', hint: ['withdrawal', 'exit', 'pull', 'departure', 'denunciation', 'decision'], status: 'terminated', partyRequired: true, re: /\b(?:withdrawal|exit|pull-?out|departure|denunciation|decision\s+to\s+(?:pull\s+out|withdraw|leave|exit|quit))\b(?=[^.;]{0,80}?\b(?:took\s+effect|takes\s+effect|(?:became|becomes)\s+(?:effective|official|final|formal)|came\s+into\s+(?:force|effect)))/gi },
  // "The earliest ratifications came from Japan, Mexico and Singapore": the list after "from" ratified.
  { id: 'ratified-ratifications-came-from', hint: ['ratification', 'instruments'], status: 'ratified', partyRequired: true, re: /\b(?:ratifications|instruments\s+of\s+(?:ratification|acceptance|accession))\s+(?:[\w'’-]+\s+){0,5}?(?:came|have\s+come|had\s+come|arrived|have\s+arrived|had\s+arrived)(?=\s+from\b)/gi },
  // "handing Helsinki's accession papers to the depositary", "lodged its accession instrument",
  // "submitted the country's ratification documents": a deposit named by its papers.
  // (A state's act: with no state of the agreement's to give it to, it says nothing.)
  { id: 'ratified-deposited-papers', hint: ['deposit', 'lodg', 'hand', 'submit', 'present'], status: 'ratified', partyRequired: true, re: /\b(?:deposit(?:ed|s|ing)?|lodg(?:ed|es|ing)|hand(?:ed|s|ing)(?:\s+over)?|submit(?:s|ted|ting)|present(?:ed|s|ing))\s+(?:(?:its|their|her|his|the|the\s+country['’]s|[A-Z][\w-]*['’]s)\s+)?(?:own\s+|formal\s+|final\s+)?(?:accession|ratification|acceptance)\s+(?:papers|documents?|instruments?)\b/g },
  { id: 'ratified-instrument-of', hint: ['instrument'], status: 'ratified', re: /\binstruments?\s+of\s+(?:ratification|accession|acceptance|approval)\b/gi, nominal: true },
  { id: 'ratified-accepted', hint: ['accepted'], status: 'ratified', statusOfPeaceAgreement: 'agreed', re: /\b(?:formally\s+)?accepted\b/gi, objectOnly: true },
  // "acceded today to the Escazú Agreement": a day or manner may stand between the verb and "to".
  { id: 'ratified-joined', hint: ['join', 'acced'], status: 'ratified', statusOfBlocAccession: 'in-force', re: /\b(?:joined|joining|(?:acceded|acceding)\s+(?:(?:today|yesterday|formally|officially|on\s+\w+)\s+)?to)\b/gi, objectOnly: true },
  // ---- rows for the organs and instruments by which a state ratifies, accedes or withdraws
  // "received royal assent", "Royal Assent followed the same day": the last step of a
  // Westminster-style approval (its state: the possessive subject, "Canada's legislation …").
  { id: 'ratified-royal-assent', hint: ['royal assent', 'assent'], status: 'ratified', re: /\b(?:received|receives|got|gets|was\s+given|were\s+given|was\s+granted|granted|gave\s+(?:it\s+)?)\s+(?:(?:its|the)\s+)?[Rr]oyal\s+[Aa]ssent\b|\b[Rr]oyal\s+[Aa]ssent\s+(?:followed|was\s+(?:given|granted))\b/g },
  // "got the legislative green light in Canberra", "Australian legislators gave the deal the green
  // light", "the Turkish parliament gave its green light": an organ's approval.
  { id: 'ratified-green-light', hint: ['green light'], status: 'ratified', needsLegislature: true, re: /\b(?:got|gets|received|won|secured|obtained|gave|given|give|gives)\s+(?:(?:the\s+)?(?:[\w'’–-]+\s+){0,6}?(?:deal|agreement|pact|treaty|accord|bill|it)\s+)?(?:the\s+|its\s+|their\s+|a\s+)?(?:final\s+)?(?:legislative\s+|parliamentary\s+)?green\s+light\b/gi },
  // "Swedish lawmakers adopted a contested defence agreement": a legislature's adoption ratifies
  // (a conference's adoption is `agreed-adopted`, which a legislature's clause does not take).
  { id: 'ratified-adopted-by-legislature', hint: ['adopted'], status: 'ratified', needsLegislature: true, objectOnly: true, re: /\badopted\b(?!\s+(?:a|the)\s+(?:resolution|decision|law|bill|motion|declaration|statement|position|mandate|report)\b)/gi },
  // "depositing its own ratification", "lodged their ratifications", "deposited the final
  // instruments": a deposit without "instrument of" (not "By depositing the instrument, Argentina
  // …": the step is the main clause's).
  { id: 'ratified-deposited-ratification', hint: ['deposit', 'lodg'], status: 'ratified', re: /(?<!\b[Bb]y\s)\b(?:deposit(?:ed|s|ing)?|lodg(?:ed|es|ing))\s+(?:(?:its|their|her|his)\s+)?(?:own\s+|final\s+|last\s+|formal\s+)?(?:ratifications?|instruments(?!\s+of\b))\b|(?<!\b[Bb]y\s)\b(?:deposit(?:ed|s|ing)?|lodg(?:ed|es|ing))\s+the\s+(?:final|last)\s+instruments?\b/gi },
  // "formally notified ECOWAS of their decision to withdraw", "informed the United Nations that
  // it is leaving", "notified the UN that they were withdrawing": the notice is the formal step.
  { id: 'terminated-notified-withdrawal', hint: ['notified', 'informed'], status: 'terminated', partyRequired: true, re: /\b(?:notified|informed)\b[^.;]{0,100}?\b(?:of\s+(?:its|their|the\s+country['’]s)\s+(?:decision\s+to\s+)?(?:withdraw|withdrawal|exit|leave|departure|denunciation)|that\s+(?:it|they)\s+(?:was|were|is|are|had|has|have|would\s+be)\s+(?:\w+ly\s+)?(?:withdrawing|leaving|exiting|pulling\s+out|denouncing|withdrawn|left))\b/gi },
  // "lodged its withdrawal instrument", "deposited the instrument of denunciation", "delivered a
  // notice of withdrawal".
  { id: 'terminated-withdrawal-instrument', hint: ['withdrawal', 'denunciation'], status: 'terminated', partyRequired: true, re: /\b(?:deposited|lodged|submitted|handed(?:\s+over)?|delivered|sent|gave|given)\s+(?:(?:its|their|the|a|formal|written)\s+){0,2}(?:withdrawal\s+(?:instrument|notice|notification)|(?:instrument|notice|notification)\s+of\s+(?:withdrawal|denunciation))\b/gi },
  // "sent the United States a notice terminating the Visiting Forces Agreement", "served its notice of
  // termination", "gave Hungary notice that it is terminating the convention": the notice is the formal step.
  { id: 'terminated-termination-notice', hint: ['sent', 'served', 'gave', 'given', 'delivered', 'handed', 'submitted', 'issued'], status: 'terminated', partyRequired: true, re: /\b(?:sent|served|gave|given|delivered|handed(?:\s+over)?|submitted|issued)\b(?=\s+(?:(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+)?(?:(?:its|their|the|a|formal|written|official)\s+){0,2}(?:termination\s+(?:notice|notification|letter)|(?:notice|notification|letter)\s+(?:of\s+termination|terminating)|notice\s+that\s+(?:it|they)\s+(?:is|are|was|were|would\s+be)\s+terminating)\b)/g },
  // "signed a law denouncing the agreement", "signed a law to formally leave the treaty": the head
  // of state's signature completes the withdrawal at home.
  { id: 'terminated-signed-law-leaving', hint: ['signed', 'signs'], status: 'terminated', partyRequired: true, re: /\bsign(?:ed|s)\s+(?:into\s+law\s+)?(?:(?:a|the)\s+)?(?:law|bill|decree)\s+(?:on\s+)?(?:denouncing|terminating|withdrawing\s+from|to\s+(?:formally\s+)?(?:leave|withdraw\s+from|denounce|terminate|exit|quit))\b/gi },
  { id: 'ratified-signed-ratification-law', hint: ['ratif'], status: 'ratified', re: /\bsign(?:ed|s|ing)\s+(?:(?:the|a|an)\s+)?(?:law|bill|decree|document|instrument)s?\s+(?:on\s+)?(?:ratifying|ratification|approving)\b|\bsign(?:ed|s|ing)\s+(?:(?:the|a|an)\s+)?ratification\s+(?:document|law|bill|decree|instrument|papers)s?\b/gi },
  { id: 'ratified-completed-ratification', hint: ['ratification'], status: 'ratified', re: /\b(?:completed|finished|concluded|finalised|finalized)\s+(?:(?:its|their|the|her|his)\s+)?(?:own\s+)?ratification\b(?!\s+(?:dossier|file|draft|bill|documents?|papers)\b)/gi },
  // "the necessary steps to ratify the agreement had been taken": the ratification is done.
  { id: 'ratified-steps-taken', hint: ['steps', 'measures', 'procedures'], status: 'ratified', re: /\b(?:steps|measures|procedures)\s+(?:needed\s+|required\s+)?to\s+ratify\b[^,.;]{0,60}?\b(?:had|have|has)\s+been\s+(?:taken|completed|concluded)\b/gi },
  { id: 'ratified-completed-procedures', hint: ['complet', 'finish', 'fulfil'], status: 'ratified', re: /\b(?:completed|finished|concluded|wrapped\s+up|fulfill?ed)\s+(?:all\s+|every\s+)?(?:(?:its|their|the|her|his)\s+)?(?:own\s+)?(?:[\w-]+\s+)?(?:ratification|domestic|internal|legislative|legal|parliamentary|constitutional)\s+(?:(?:ratification|approval|legal)\s+)?(?:procedures?|process(?:es)?|requirements|steps?|work|formalit(?:y|ies))\b/gi },
  // in force: effective from a date, provisional application, full implementation.
  { id: 'in-force-effective-from', hint: ['effective'], status: 'in-force', re: /\b(?:is|was|became|has\s+been)\s+effective\s+(?:from|as\s+of|on|since)\b/gi },
  { id: 'in-force-provisional-application', hint: ['provisional'], status: 'in-force', re: /\bprovisional(?:ly)?\s+(?:appl(?:ication|ied))\b/gi, nominal: true },
  { id: 'in-force-fully-implemented', hint: ['implemented', 'implementation'], status: 'in-force', re: /\bfully\s+implemented\b|\breached\s+full\s+implementation\b/gi },
  // suspended: abeyance, a freeze.
  { id: 'suspended-abeyance', hint: ['abeyance'], status: 'suspended', re: /\b(?:held|holding|hold|holds|put|putting|placed|placing|kept|keeping)\b[^.;]{0,60}?\bin\s+abeyance\b|\binto\s+abeyance\b/gi },
  { id: 'suspended-frozen', hint: ['froze', 'frozen', 'freez'], status: 'suspended', re: /\b(?:froze|frozen|freezing|freezes)\b/gi, objectOnly: true },
  // A party's participation frozen, in the agreement the passage is about: "Moscow
  // froze its participation in 2007", "have frozen their membership". With "in" and a name the
  // agreement is named and suspended-frozen takes it (suspended-suspended needs no object).
  { id: 'suspended-participation', hint: ['froze', 'frozen', 'freez'], status: 'suspended', re: /\b(?:froze|frozen|freezing)\s+(?:its|their|his|her|the\s+country['’]s)\s+(?:own\s+)?(?:participation|membership)\b(?!\s+in\s+(?!\d))/gi },
  // "declared a moratorium on implementing it", "imposed a moratorium on the treaty"
  { id: 'suspended-moratorium', hint: ['moratorium'], status: 'suspended', re: /\b(?:declared|imposed|introduced|announced|placed)\s+(?:a|its|their)\s+(?:\w+\s+)?moratorium\s+on\b/gi },
  // "ordered a halt to a plutonium disposal agreement": the agreement itself is the object.
  { id: 'suspended-halt-to', hint: ['halt'], status: 'suspended', objectOnly: true, re: /\b(?:ordered|announced|declared|called)\s+(?:an?\s+)?(?:\w+\s+)?halt\s+to\b/gi },
  // "paused its obligations under", "froze its commitments under", "halted implementation of":
  // the party stops applying the agreement named after it.
  { id: 'suspended-obligations-under', hint: ['paused', 'halted', 'froze', 'frozen', 'stopped'], status: 'suspended', re: /\b(?:paused|halted|froze|frozen|stopped)\s+(?:all\s+)?(?:(?:its|their|the\s+country['’]s)\s+)?(?:implementation|obligations|commitments|compliance)\s+(?:of|under|with)\b/gi },
  // "NATO announced on Tuesday the formal suspension of a key security treaty": the announcement
  // makes the suspension (a bare "suspension of" is as often proposed or threatened); so does a
  // head of state's approval of the decision ("approved a motion for the full suspension of").
  { id: 'suspended-announced-suspension', hint: ['suspension'], status: 'suspended', re: /\b(?:announced|declared|ordered|confirmed|approved\s+(?:a|the)\s+(?:motion|decision|proposal|resolution)\s+(?:for|on))\s+(?:on\s+\w+\s+)?(?:the|an?|its|their)\s+(?:(?:formal|effective|immediate|temporary|official|full|partial)\s+)?suspension\s+of\b/gi },
  // terminated: leaving, expiry, de-ratification.
  { id: 'terminated-left', hint: ['left', 'leav', 'quit', 'exit', 'walk', 'pull', 'withdraw'], status: 'terminated', re: /\b(?:left|leaving|leave|quit|quitting|exit|exited|exiting|walked\s+away\s+from|walking\s+away\s+from|pull\s+out\s+of|pulling\s+out\s+of|withdrawing\s+from|withdraw\s+from)\b/gi, objectOnly: true, partyRequired: true },
  { id: 'terminated-ran-out', hint: ['ran out', 'expired', 'lapsed', 'ended', 'ceased', 'is over', 'was over', 'no longer', 'came to', 'come to'], status: 'terminated', wholeAgreement: true, re: /\b(?:ran\s+out|expired|lapsed|ended|(?:came|(?:has|have|had)\s+come)\s+to\s+an\s+end|ceased\s+to\s+(?:have\s+effect|exist|be\s+in\s+force|apply))\b|\b(?:is|was)\s+(?:now\s+|officially\s+|effectively\s+)?over\b|\bno\s+longer\s+in\s+(?:force|effect)\b/gi, subjectOnly: true },
  // "declared the Black Sea grain deal with Ukraine officially over", "declared the ceasefire over
  // with all the blocs": the agreement's end, said by a side.
  { id: 'terminated-declared-over', hint: ['declared'], status: 'terminated', objectOnly: true, re: /\bdeclared\b(?=\s+(?:the|its|their|a|an)\s+[^.;:,]{0,80}?\s(?:officially\s+|formally\s+|now\s+)?over\b)/gi },
  // A court's ruling: "declared the Kenya-Mauritius DTA null and void", "invalidated the previous
  // DTA", "ruled … that the Initial DTAA was void". The agreement's own end: no party withdraws.
  { id: 'terminated-declared-void', hint: ['void', 'invalid'], status: 'terminated', wholeAgreement: true, byCourt: true, re: /\b(?:declared|ruled|found|held)\b(?=[^.;]{0,100}?\b(?:null\s+and\s+void|void|invalid)\b)|\binvalidated\b/gi },
  // The joiner drops its own application: "abandoning its bid to join the European Union", "dropping
  // its bid", "withdrew its membership application". Only of an accession, the joiner its subject.
  { id: 'terminated-dropped-bid', hint: ['abandon', 'dropp', 'dropped', 'withdr', 'scrap', 'shelv', 'annul'], status: 'terminated', byJoiner: true, re: /\b(?:abandon(?:ed|ing|s)?|dropp(?:ed|ing)|drops|withdr(?:ew|awn|awing|aws)|scrapp(?:ed|ing)|shelv(?:ed|ing)|annull?(?:ed|ing))\s+(?:its|their|the\s+country['’]s|[A-Z][\w.]*['’]s)\s+(?:[\w-]+\s+)?(?:bid|application|candidacy|candidature)\b/gi },
  { id: 'terminated-revoked-ratification', hint: ['ratification', 'deratif', 'de-ratif'], status: 'terminated', re: /\b(?:revoked|withdrew|withdrawn|rescinded|cancell?ed|annulled|repealed|reversed)\s+(?:(?:the\s+country['’]s|its|their|[A-Z][\w.]*(?:['’]s)?)\s+)?ratification\b|\bde-?ratified\b/gi },
  // "a law revoking Russia's ratification", "the de-ratification": a noun phrase, realised only
  // when nothing around it makes it a plan ("backed revoking …", "to discuss revoking …").
  { id: 'terminated-revoking-ratification', hint: ['ratification', 'deratif', 'de-ratif'], status: 'terminated', re: /\b(?:revoking|withdrawing|rescinding|cancell?ing|annulling|repealing|reversing|revocation\s+of|withdrawal\s+of)\s+(?:(?:the\s+country['’]s|its|their|[A-Z][\w.]*(?:['’]s)?)\s+)?ratification\b|\bde-?ratification\b/gi, nominal: true },
  // ---- rows for background and procedure that news of every region uses
  // "Negotiated in 1992", "was negotiated under UN auspices": the talks are history. ("after five
  // years of talks" is not a row: readers record it only now and then, so it cost precision.)
  { id: 'negotiating-was-negotiated', hint: ['negotiated'], status: 'negotiating', re: /\b(?:was|were|had\s+been|been)\s+(?:\w+ly\s+)?negotiated\b|^Negotiated\b/g },
  // "brokered the Abraham Accords in 2020", "the deal, brokered by the UN and Turkey in July 2022"
  // Only with its date: an undated "brokered" describes the deal ("The new accord, brokered by Sudan,
  // restores …", "American diplomats brokered the accord following months of talks", "The pause
  // brokered by Qatar appeared to have started"), and readers record no step from it.
  { id: 'agreed-brokered', hint: ['brokered'], status: 'agreed', re: /\bbrokered\s+(?=(?:by|the|a|an|in)\b[^.;]{0,50}?\b(?:in|on|last)\s+(?:\d{4}|\d{1,2}\s+[A-Z]|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)\b)/gi },
  // "have agreed on the first phase of a Gaza ceasefire deal"
  { id: 'agreed-agreed-on-the-deal', hint: ['agreed on', 'agreed upon'], status: 'agreed', re: /\bagreed\s+(?:on|upon)\s+(?=(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?:deal|agreement|accord|pact|truce|ceasefire|treaty)\b)/gi },
  // "raised the possibility of a Reciprocal Access Agreement"
  { id: 'proposed-raised-possibility', hint: ['possibility'], status: 'proposed', re: /\b(?:raised|floated|mooted)\s+the\s+(?:possibility|idea|prospect)\s+of\b/gi },
  // A party returns: "rejoined the Paris Agreement", "became a party to it again".
  { id: 'ratified-rejoined', hint: ['rejoin', 're-join', 're-enter', 'reenter'], status: 'ratified', re: /\b(?:rejoined|re-joined|re-entered|reentered)\b/gi, objectOnly: true },
  // Also ranked: "Indonesia became the key 30th party", "has become the 125th state party".
  { id: 'ratified-became-party', hint: ['party to', 'parties to', 'became', 'become'], status: 'ratified', re: /\b(?:became|has\s+become|have\s+become|had\s+become)\s+(?:a\s+)?(?:state\s+)?part(?:y|ies)\s+to\b|\b(?:became|has\s+become|have\s+become|had\s+become)\s+(?:\w+ly\s+)?the\s+(?:key\s+|latest\s+|newest\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|last)\s+(?:state\s+|contracting\s+)?part(?:y|ies)\b/gi },
  // A legislature's vote to leave or suspend is that step ("the Sejm voted to withdraw from").
  { id: 'terminated-voted-to-leave', hint: ['voted'], status: 'terminated', partyRequired: true, re: /\bvoted\b[^,.;]{0,30}?\bto\s+(?:withdraw|denounce|leave|quit|exit|pull\s+out|revoke|terminate|abandon)\b/gi },
  { id: 'suspended-voted-to-suspend', hint: ['voted'], status: 'suspended', re: /\bvoted\b[^,.;]{0,30}?\bto\s+(?:\w+ly\s+)?suspend\b/gi },
  // "The United States ... pulled out in 2018": a party leaving, the agreement named before it.
  { id: 'terminated-pulled-out-intransitive', hint: ['pulled out', 'walked out', 'backed out'], status: 'terminated', partyRequired: true, re: /\b(?:pulled|walked|backed)\s+out\b(?!\s+(?:of|from)\b)/gi },
  // "regretted the expiry of New START": a noun phrase, realised unless something makes it a plan.
  { id: 'terminated-expiry-of', hint: ['expiry', 'expiration', 'lapse', 'collapse', 'demise'], status: 'terminated', wholeAgreement: true, nominal: true, re: /\b(?:expiry|expiration|lapse|collapse|demise)\s+of\b/gi },
  // Talks halted: the agreement under negotiation is suspended ("Canada has paused talks with India").
  { id: 'suspended-halted-talks', hint: ['talks', 'negotiations'], status: 'suspended', re: /\b(?:halted|paused|suspended|froze|frozen|broke\s+off|broken\s+off|put\s+on\s+hold|called\s+off|shelved)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:talks|negotiations)\b/gi },
  // "talks … stalled two years later", "negotiations were put on hold in 2017": talks as the subject.
  { id: 'suspended-talks-stalled', hint: ['stalled', 'put on hold', 'halted', 'suspended', 'frozen', 'paused', 'shelved', 'ground to'], status: 'suspended', talksState: true, re: /\b(?=stalled|ground|were|was|had|have|got)(?<=\b(?:talks|negotiations)\b[^,.;:]{0,60}?)(?:stalled|ground\s+to\s+a\s+halt|(?:were|was|had\s+been|have\s+been|got)\s+(?:\w+ly\s+)?(?:put\s+on\s+hold|halted|suspended|frozen|paused|shelved))\b/gi },
  // "signed the USMCA into law": a head of state's signature completes the domestic approval.
  { id: 'ratified-signed-into-law', hint: ['into law'], status: 'ratified', re: /\bsign(?:ed|s)\s+(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){0,6}?into\s+law\b/gi },
  // ---- rows for accessions and ceasefires
  // "Finland became the 31st member of NATO": the accession has taken effect.
  { id: 'in-force-became-member', hint: ['became', 'become'], status: 'in-force', re: /\b(?:became|(?:has|have|had)\s+(?:now\s+|\w+ly\s+)?become)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’.-]+\s+){0,3}?member(?:s(?=\s+of\b)|\s+state)?\b(?!\s+since\b)/gi },
  // "the members approved Iran's bid", "BRICS leaders endorsed Indonesia's candidacy", "its
  // candidacy was accepted", "the country's entry was first approved": the bloc's decision to admit
  // a state agrees its accession (match-article keeps it to accessions, and not when a member state
  // is its subject: "Türkiye approved Finland's bid" is Türkiye's ratification; nor a legislature's).
  { id: 'agreed-bid-approved', hint: ['approved', 'accepted', 'endorsed'], status: 'agreed', accessionOnly: true, notByLegislature: true, re: /\b(?:approved|accepted|endorsed)\s+(?:[\w.'’-]+(?:['’]s)\s+|(?:its|their)\s+)(?:[\w-]+\s+)?(?:bid|candidacy|candidature|membership|entry|application|admission)\b|\b(?:bid|candidacy|candidature|membership|entry|application|admission)\s+(?:had\s+)?(?:already\s+)?(?:was|were|has\s+been|had\s+been|been)\s+(?:\w+ly\s+|first\s+)?(?:approved|accepted|endorsed)\b/gi },
  // "officially applied to join ASEAN in 2011", "has formally applied for membership of", "submitted
  // a formal application to join the CPTPP", "It applied in 2011": the joiner asks to be admitted,
  // so its accession is proposed (match-article keeps it to accessions).
  { id: 'proposed-applied-to-join', hint: ['appl', 'submitted', 'lodged', 'filed'], status: 'proposed', byJoiner: true, re: /\b(?:applied|applies|apply)\s+(?:formally\s+|officially\s+)?(?:to\s+join|for\s+(?:(?:full|[A-Z]{2,6})\s+)*(?:membership|accession))\b|\b(?:submitted|lodged|filed)\s+(?:(?:a|an|its|the|their)\s+)?(?:formal\s+|official\s+|written\s+)?(?:membership\s+)?application\b|\b(?:formally\s+|officially\s+)?applied(?=\s+in\s+\d{4}\b)/gi },
  // "Bosnia and Herzegovina was granted the status of candidate country", "North Macedonia received
  // EU candidate status in 2005", "ministers had agreed on candidate status for Bosnia": a candidacy
  // is the accession proposed (readers record it so), not yet talks. Only of an accession.
  // "the application, which the country first submitted in 2010", "the application first lodged in
  // 2009", "which Iceland first made in 2009": the joiner's application, dated in a clause on it.
  { id: 'proposed-application-lodged', hint: ['submitted', 'lodged', 'filed', 'made', 'tabled'], status: 'proposed', byJoiner: true, relative: true, re: /(?<=\b(?:application|bid|candidacy)\s*,?\s+(?:(?:which|that)\s+(?:[\w'’.-]+\s+){0,3}?)?(?:was\s+|had\s+been\s+)?(?:first\s+|originally\s+|formally\s+|officially\s+)?)(?:submitted|lodged|filed|made|tabled)\b(?=\s+(?:in|on|back)\b)/gi },
  { id: 'proposed-candidate-status', hint: ['candidate'], status: 'proposed', accessionOnly: true, re: /\b(?:granted|given|received|obtained|attained|won|gained|awarded|agreed\s+(?:on|to)|approved|endorsed)\s+(?:(?:the|its|an?|official|formal|full|[A-Z]{2,6})\s+)*(?:status\s+of\s+(?:an?\s+)?candidate(?:\s+country)?|candidate(?:\s+country)?\s+status)\b/gi },
  // "adopted a recommendation to start accession negotiations", "recommended opening talks": talks
  // proposed, not yet open.
  { id: 'proposed-recommended-talks', hint: ['recommend'], status: 'proposed', re: /\brecommend(?:ed|s|ation)\s+(?:to\s+)?(?:the\s+)?(?:open|start|begin|launch)(?:ing)?\s+(?:of\s+)?(?:(?:accession|membership|formal)\s+)?(?:talks|negotiations)\b/gi },
  // "ASEAN has agreed to admit East Timor", "the leaders agreed in principle on Friday to admit
  // Timor-Leste", "decided to invite … to become full members": the bloc's decision to admit a state
  // agrees its accession (as `agreed-bid-approved`; the bloc, not a member state, decides).
  { id: 'agreed-agreed-to-admit', hint: ['agreed', 'decided'], status: 'agreed', accessionOnly: true, re: /\b(?:agreed|decided)\s+(?:in\s+principle\s+)?(?:(?:on|last)\s+\w+\s+)?to\s+(?:formally\s+)?(?:admit|invite|accept)\b/gi },
  // "Iran officially becomes an SCO member": a headline's present reports the day's accession.
  { id: 'in-force-becomes-member-headline', hint: ['becomes', 'become'], status: 'in-force', titleOnly: true, re: /\b(?:becomes?)\s+(?:\w+ly\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,3}?member\b/gi },
  // "Iran was formally elected a member of the SCO", "was admitted as a full member": the bloc's decision that makes it one.
  { id: 'in-force-admitted-member', hint: ['elected', 'admitted'], status: 'in-force', re: /\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:elected|admitted)\s+(?:as\s+)?(?:a\s+|an\s+|the\s+)?(?:[\w'’.-]+\s+){0,2}?member\b/gi },
  // "Kazakhstan will join the Abraham Accords": an accession agreed, not yet done (match-article
  // keeps it to accession agreements).
  { id: 'agreed-will-join', hint: ['will join', 'is joining', 'are joining', 'to join'], status: 'agreed', kind: 'scheduled', re: /\bwill\s+(?:formally\s+|officially\s+)?join\b|\b(?:is|are)\s+(?:formally\s+|officially\s+)?joining\b|\bagreed\s+to\s+(?:let\s+\w+\s+)?join\b/gi },
  // "the two sides had agreed on a formal cessation of hostilities", "agreed to a ceasefire"
  { id: 'agreed-agreed-a-ceasefire', hint: ['agreed', 'settled'], status: 'agreed', re: /\b(?:agreed|settled)\s+(?:(?:on|upon|to)\s+)?(?=(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:ceasefire|cease-fire|truce|cessation\s+of\s+hostilities)\b)/gi },
  // "agreed on Wednesday to stop fighting", "agreed to end all hostilities": a ceasefire agreed in
  // words that name no agreement (generic.ts reads the phrase as a reference to a peace agreement).
  { id: 'agreed-agreed-to-stop-fighting', hint: ['agreed'], status: 'agreed', peaceOnly: true, re: /\bagreed\s+(?:(?:on|upon)\s+)?(?:[\w'’]+\s+){0,3}?to\s+(?:stop|end|cease|halt)\s+(?:all\s+)?(?:the\s+)?(?:fire|firing|military\s+(?:action|activity|activities|operations)|fighting|hostilities|combat|attacks)\b/gi },
  // "Iran and Saudi Arabia have agreed to re-establish diplomatic relations", "Morocco had agreed on
  // Dec. 10 to resume official contacts and establish diplomatic relations": an agreement to
  // normalise relations, agreed (generic.ts step `relations-phrase` finds the agreement).
  { id: 'agreed-agreed-to-restore-relations', hint: ['agreed'], status: 'agreed', re: /\bagreed\b[^.;]{0,30}?\bto\s+(?:re-?establish|establish|restore|resume|normali[sz]e)\b(?=\s+(?:[\w'’-]+\s+){0,6}?(?:relations|ties)\b)/gi },
  // ---- rows for truces and ceasefires: extended, begun, in effect at once (of a ceasefire or peace
  // agreement only: `peaceOnly`)
  // "agreed to extend the truce, on the same terms, for two more months", "agreed on Monday,
  // November 27, to prolong the humanitarian truce", "agreed to extend by another five days the
  // shaky ceasefire", "the truce was extended on the second of June": the sides agree the
  // extension (not "was extended twice": no one extension, no date).
  { id: 'agreed-extended-truce', hint: ['agreed', 'decided', 'extended', 'prolonged', 'renewed'], status: 'agreed', peaceOnly: true, re: /\b(?:agreed|decided)\b[^.;]{0,40}?\bto\s+(?:extend|prolong|renew|roll\s+over)\b(?=\s+(?:by\s+[^.;]{0,30}?\s+)?(?:the|its|their|a|an)\s+(?:[\w'’,-]+\s+){0,4}?(?:truce|ceasefire|cease-fire|pause|armistice|cessation)\b)|(?<=\b(?:truce|ceasefire|cease-fire|pause|armistice)\b[^.;]{0,90}?)\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:extended|prolonged|renewed)\b(?!\s+(?:twice|again|several|three|repeatedly)\b)/gi },
  // "A two-month truce has begun in war-torn Yemen", "the truce, which started on Friday", "a
  // two-month, extendable truce that started yesterday", "a cease-fire … had taken hold": a truce
  // begun is in effect.
  { id: 'in-force-truce-began', hint: ['began', 'begun', 'started', 'kicked in', 'took hold', 'taken hold'], status: 'in-force', peaceOnly: true, re: /(?<=\b(?:truce|ceasefire|cease-fire|pause|armistice)(?:\s+between\s+[^,.;]{1,50}?)?\s*,?\s+(?:(?:that|which)\s+)?(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?)(?:began|begun|started|kicked\s+in|took\s+hold|taken\s+hold)\b(?!\s+(?:to|talks|negotiations)\b)/gi },
  // "Yemen entered a UN-supervised truce on the second of April"
  { id: 'in-force-entered-truce', hint: ['entered'], status: 'in-force', peaceOnly: true, objectOnly: true, re: /\bentered\s+(?:into\s+)?(?=(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|armistice)\b)/gi },
  // "agreed to a ceasefire with immediate effect", "agreed to cease fire, effective immediately", "a
  // ceasefire agreement that takes effect immediately": in effect the day it was agreed (of a pact
  // "cancelled with immediate effect" ends, so only of a ceasefire or peace agreement, and not after
  // a word of ending: "announced its end with immediate effect").
  { id: 'in-force-immediate-effect', hint: ['immediate', 'immediately'], status: 'in-force', peaceOnly: true, re: /(?<!\b(?:end|ended|ending|cancell?ed|terminated|revoked|suspended|scrapped|quit|abandoned|withdr\w+)\b[^.;]{0,40})(?:\bwith\s+immediate\s+effect\b|\beffective\s+immediately\b|\b(?:takes?|took|taking)\s+effect\s+immediately\b)/gi },
  // ---- rows for the late lifecycle: an end put to an agreement, a withdrawal completed
  // "Mali's military rulers have put an end to a key peace agreement", "N'Djamena cut its defence
  // cooperation agreement with Paris", "cancelled \"with immediate effect\" its military cooperation
  // agreement": the agreement is the direct object (not "cancelled the signing", "cut the talks").
  // A side ending a truce says so too: "declared an end to a month-long ceasefire", "declared the
  // end of the indefinite ceasefire", "called off the ceasefire it had agreed".
  { id: 'terminated-put-an-end-to', hint: ['end to', 'end of', 'called off', 'cancel', 'cut', 'severed', 'tore up', 'ripped up'], status: 'terminated', objectOnly: true, re: /\b(?:(?:put|puts|putting|brought|brings|bringing)\s+an?\s+(?:formal\s+|official\s+|definitive\s+|abrupt\s+|final\s+)?end\s+to|declared\s+(?:an?|the)\s+(?:formal\s+|official\s+)?end\s+(?:to|of)|called\s+off|cancell?ed|cut|severed|tore\s+up|ripped\s+up)\b(?:\s+["“]?with\s+immediate\s+effect["”]?)?(?!\s+(?:(?:the|a|an|its|their)\s+)?(?:signing|talks|negotiations|visit|meeting|ceremony|summit|trip|plans?|vote|debate|session|funding|aid|tariffs?|ties)\b)/gi },
  // "Moscow had completed its withdrawal", "finalised its withdrawal", "completed the procedure of
  // withdrawing from the Treaty", "completed the withdrawal process": the party's exit is done.
  { id: 'terminated-completed-withdrawal', hint: ['complet', 'finali', 'finished'], status: 'terminated', partyRequired: true, re: /\b(?:completed|finali[sz]ed|finished)\s+(?:its|their|the|his|her)\s+(?:own\s+|formal\s+)?(?:withdrawal(?:\s+(?:process|procedures?))?|exit|departure|(?:procedures?|process)\s+(?:of|for)\s+(?:withdrawing|withdrawal|leaving))\b/gi },
  // "the US is no longer a party to the Treaty", "is officially out of the Paris Climate
  // Agreement": a party's withdrawal, stated as its result.
  { id: 'terminated-no-longer-party', hint: ['no longer', 'out of'], status: 'terminated', partyRequired: true, objectOnly: true, re: /\bno\s+longer\s+(?:a\s+)?(?:state\s+)?part(?:y|ies)\s+to\b|\b(?:is|are|was|were)\s+(?:now\s+)?(?:officially\s+|formally\s+)?out\s+of\b/gi },
  // elided repetition: "after the Senate had done so in December"
  { id: 'proform-did-so', hint: ['done so', 'did so', 'suit', 'the same'], status: 'signed', re: /\b(?:(?:had|has|have)\s+done|did)\s+so\b|\bfollowed\s+suit\b|\bdid\s+the\s+same\b/gi, proform: true },
];
