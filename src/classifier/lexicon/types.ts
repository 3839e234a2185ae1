import type { FlagId } from '../../shared/types';

/**
 * Phrase patterns of one language, as regular-expression sources written in a small dialect:
 * a space means "one or more spaces or line breaks", `\w` means a letter, digit or apostrophe,
 * `'` matches both apostrophes. Every source is matched case-insensitively at word boundaries.
 * `strong`: the phrase alone says the flag (still negation-checked). `cue`: a word or phrase that
 * leans towards the flag but is also common in calm mail; the model weighs it.
 */
export interface FlagLexicon {
  strong: readonly string[];
  cue: readonly string[];
  /**
   * Phrases that say the flag only in a message that also asks for money, time or work (a
   * concession's phrase, or one of `askWords`): "my mother is in hospital" beside "can you do it
   * cheaper?" is leverage, alone it is news. Without an ask they are cues.
   */
  withAsk?: readonly string[];
  /**
   * Phrases that say the flag only of a group of people named in the same sentence (the model's
   * "#group" words): "hebben hier niets te zoeken", "zit in hun bloed", "can never be trusted".
   * Said of anything else ("die printer kun je nooit vertrouwen") they are nothing.
   */
  aboutGroup?: readonly string[];
}

export interface Lexicon {
  flags: Record<FlagId, FlagLexicon>;
  /** Words that cancel a phrase when they stand just before it ("not", "geen"). */
  negators: readonly string[];
  /**
   * Second-person request frames ("you would like", "je vraagt"): a phrase right after one is the
   * writer restating the reader's request, as Kalm's own replies do, not making a demand.
   */
  reportedFrames: readonly string[];
  /**
   * Words that report what someone else said or wrote ("called", "wrote", "genoemd", "uitspraak"):
   * abuse inside quotation marks in a sentence with one is quoted, not aimed at anyone here.
   */
  mentionWords: readonly string[];
  /** Words of money, time and work that make a `withAsk` phrase leverage ("price", "later", "gratis"). */
  askWords: readonly string[];
  /** Words that end the reach of a negator ("if", "but", "als", "maar"). */
  clauseBreaks: readonly string[];
  /** Second-person words: an insult near one is aimed at the reader. */
  secondPerson: readonly string[];
  /** Profanity and slurs not covered by a library (the whole list for Dutch). */
  profanity: readonly string[];
  /**
   * Swear words that make new swear words by compounding ("kut" + "agent", "tyfus" + "joden"): a
   * word that starts with one and goes on for at least three letters is profane, unless what follows
   * starts with one of `calmAfterSwear` ("kanker" + "onderzoek", "klere" + "nkast").
   */
  swearPrefixes?: readonly string[];
  calmAfterSwear?: readonly string[];
  /**
   * Slurs: words that name a group of people as filth ("geitenneukers", "spleetogen"). Unlike other
   * profanity they are abuse whoever they are said to, not only in a sentence to the reader; so is
   * a swear word compounded with a group's name or another swear word ("kutpolen", "teringflikkers").
   * Named in quotation marks or in a sentence that reports words (`mentionWords`), it is not called.
   */
  slurs?: readonly string[];
  /**
   * Words of contempt, disgust, dehumanisation and violence against people ("vile", "vermin",
   * "afslachten"), as folded words. Each is also a common word in calm mail now and then ("kill the
   * bug"), so they are no rule: they share one model feature, which lets an insult the corpus never
   * used weigh like the ones it did.
   */
  hostile: readonly string[];
  /**
   * The writer speaks as the one being paid ("that's a bit low for me", "the lowest I can go is",
   * "ik doe er 50 euro af"). Kalm's user is the seller, so a message in this voice is the user's own
   * side of a haggle, never a client pressing for a discount.
   */
  sellerVoice: readonly string[];
  /**
   * The writer offers to pay for what they ask ("what would you charge for that?", "please send a
   * separate quote", "reken het maar als meerwerk"): more work asked for and paid is no free extra.
   */
  paysForExtra: readonly string[];
  /** The writer's own words that undo a flag the model raised on topic words alone (CalmReadings). */
  calm: CalmReadings;
  /** Capitalised words that are not shouting (acronyms). */
  acronyms: readonly string[];
}

/**
 * Phrases of the writer's own words that keep calm mail calm: each undoes a flag near it (the
 * table UNDOING in index.ts says which flags, and how near).
 */
export interface CalmReadings {
  /**
   * The writer promises to pay soon ("I'll pay the invoice on Friday", "de betaling volgt morgen"):
   * a client keeping to the terms, not stalling, unless a stalling phrase says otherwise.
   */
  paysPromptly: readonly string[];
  /**
   * The writer praises in public or promises to ("I left you a glowing review", "ik raad je zeker
   * aan"): a review named with praise is no threat, whatever the words "review" and "Google" weigh.
   */
  praise: readonly string[];
  /**
   * The writer leaves a date open ("does that still work for you?", "no worries if not", "is dat
   * haalbaar?"): a date asked about is no deadline pressure, whatever "need" and "by Friday" weigh.
   */
  openDate: readonly string[];
  /**
   * The writer asks what the terms are for a case that may come ("what is your refund policy?",
   * "can I get my money back if the course is cancelled?", "zit er garantie op?"): a question
   * about the policy is no refund or guarantee demand.
   */
  asksPolicy: readonly string[];
  /**
   * The writer gives the money back ("we've refunded your shipping costs", "ik heb het verschil
   * teruggestort", "your refund has been processed"): a refund given is no refund demanded.
   */
  givesRefund: readonly string[];
  /**
   * The writer denounces what others said or did, and no "you" follows in the sentence ("it's
   * disgusting that people call refugees parasites", "het is walgelijk dat iemand haar zo noemde"):
   * counter-speech is no abuse, though it names the words.
   */
  denounces: readonly string[];
  /**
   * The writer spares the reader's own time ("no need to reply until Monday", "reageer gerust na
   * het weekend", "you don't need to join"): mentioning the weekend to keep out of it is no
   * boundary intrusion, "until tomorrow" said so is no deadline, a call left optional no contact demand,
   * and a weekend call offered "if that's easier for you" leaves the choice to the reader.
   */
  sparesTime: readonly string[];
  /**
   * The writer keeps to what was agreed ("the rest on delivery, as agreed", "zoals afgesproken")
   * or to the seller's own listed price ("I'll take it for 120 as listed", "voor de vraagprijs"):
   * paying or pricing so is no haggle and no stalling.
   */
  keepsAgreement: readonly string[];
  /**
   * The writer finds the price too high to pay ("I can't pay that much", "dat bedrag kan ik niet
   * opbrengen"), with no later date in the sentence: an objection to the price, which the haggle
   * flags carry, not a refusal to pay what is owed.
   */
  objectsToPrice: readonly string[];
  /**
   * The writer announces their own absence or limited hours, as an out-of-office reply does ("I am
   * on annual leave until 14 August", "ik ben tot maandag afwezig", "ben ik op woensdag niet
   * bereikbaar"), or says where to turn in case of urgency ("for urgent matters", "bij spoed"): the
   * "urgent", "call" and "contact" that send the reader elsewhere ask nothing of the reader, so they
   * make no contact, deadline or after-hours demand.
   */
  ownAbsence: readonly string[];
  /**
   * The writer calls themself names ("I feel so stupid", "ik ben zelf een prutser met Excel", "stom
   * van mij"): an insult aimed at oneself is no abuse of the reader.
   */
  blamesSelf: readonly string[];
}

export type CalmReading = keyof CalmReadings;
