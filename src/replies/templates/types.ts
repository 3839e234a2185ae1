/**
 * The shape of a language's reply templates. Templates are data: sentences with `{var}` holes,
 * grouped in slots. The composer (../compose.ts) decides which slots make up a letter; the data
 * decides how each sentence reads.
 *
 * A slot is a list of options tried in order: the first option whose `needs` all hold is used,
 * and one of its texts is chosen deterministically. So the most specific phrasing (the one with
 * the user's rate, the client's amount…) comes first and the phrasing that works with empty
 * settings comes last. A slot with no matching option adds no sentence.
 *
 * Dutch texts write the two forms of address inline as `[je-form|u-form]`, e.g.
 * "Dank voor [je|uw] bericht", "[Heb je|Heeft u] een vraag": the composer keeps one side.
 */
import type { FlagId } from '../../shared/types';

export type Tone = 'warm' | 'firm' | 'part';

/** Values a text may insert; each is present only when known (see compose.ts `buildVars`). */
export type Var =
  | 'client' // the client's first name
  | 'me' // the user's name
  | 'business' // the user's business name
  | 'rate' // the hourly rate with currency: €85 / € 85
  | 'deposit' // the deposit percentage: 20%
  | 'term' // the payment term: 14 days / 14 dagen
  | 'hours' // business hours, after "from"/"van": 9 am to 5 pm / 9.00 tot 17.00 uur
  | 'days' // working days, after "I work"/"Ik werk": Monday to Friday / van maandag tot en met vrijdag
  | 'revisions' // included rounds: two rounds of changes / twee correctierondes
  | 'response' // usual response time: within a day / binnen een dag
  | 'update' // when the next status update comes: the response time, else tomorrow / morgen
  | 'amount' // the amount the client named in a discount request
  | 'due' // the client's deadline: by Friday, today / op vrijdag, vandaag
  | 'when' // when the client wants out-of-hours work: on Sunday, in the evening / op zondag, 's avonds
  | 'offday' // the requested day when it is not a working day: on Sunday / op zondag
  | 'nextday' // the first working day after it: Monday / maandag
  | 'asks'; // the restated requests, joined as a list

/** Facts that are not values but choose a phrasing. */
export type Cond =
  | 'alone' // the letter answers a single flag
  | 'delivery' // the out-of-hours request is about a delivery
  | 'deposit_ask' // the payment request is about the deposit
  | 'later_ask'; // the payment request is about paying later

/**
 * `rate` etc.: the value is known · `new:rate`: known and not yet used earlier in this letter
 * (so a letter does not repeat the rate or the response time) · `is:…`: a condition ·
 * `with:…`: the letter also answers that flag.
 */
export type Key = Var | `new:${Var}` | `is:${Cond}` | `with:${FlagId}`;
/** A condition an option needs; `!` negates it. */
export type Need = Key | `!${Key}`;

export interface Option {
  needs?: readonly Need[];
  texts: readonly string[];
}

export type Slot = readonly Option[];

export interface FlagTemplates {
  /**
   * A noun phrase for the listening sentence ("a lower price of €3,000"), fitting after
   * "you are asking for" / "you would like" / "your request for" (Dutch: "om …" / "graag … wilt").
   * Absent for flags that are not requests (abuse, threats, guilt): those are never restated.
   */
  ask?: Slot;
  /** The position and the way forward, one slot per sentence. */
  body: Readonly<Record<Tone, readonly Slot[]>>;
  /** Sentences that explain more; the first to go when a letter runs long. */
  extra?: Readonly<Partial<Record<Tone, readonly Slot[]>>>;
}

export interface LanguageTemplates {
  greeting: Readonly<Record<Tone, Slot>>;
  opening: Readonly<Record<Tone, Slot>>;
  /** Appreciation first, when the client leans on the relationship (guilt tripping). */
  appreciation: Readonly<Record<Tone, Slot>>;
  /** Acknowledge the feeling after abuse, a refund demand or a threat, before the restatement. */
  feeling: Readonly<Record<Tone, Slot>>;
  /** The listening sentence; uses {asks}. */
  restate: Readonly<Record<Tone, Slot>>;
  /** After abusive language: pause, and a status update at a set time (warm and firm). */
  pause: Slot;
  /** Part ways: the decision, then other specialists. */
  decision: Slot;
  referral: Slot;
  close: Readonly<Record<Tone, Slot>>;
  signoff: Readonly<Record<Tone, Slot>>;
  flags: Readonly<Record<FlagId, FlagTemplates>>;
}
