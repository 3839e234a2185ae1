/**
 * The reply composer: one analysed client message + the user's settings → three replies
 * (Warm, Firm, Part ways) in the client's language, each one letter that follows the playbook
 * of DESIGN.md §2: greeting → thanks → listen and restate → the boundary with the user's own
 * terms and a way forward per flag (most severe first) → a courteous close → signature.
 *
 * Pure and deterministic: no browser APIs, no clock, no randomness. Phrasings vary by a hash of
 * the message text and its flags, so the same message always gets the same replies.
 */
import { FLAG_IDS, FLAG_SEVERITY, type Analysis, type FlagId } from '../shared/types';
import { repairSettings, type Settings, type Weekday } from '../shared/settings';
import { extractFacts, type Facts, type TimeRef } from './extract';
import {
  DAY_NAMES,
  formatDays,
  formatHours,
  formatMoney,
  formatPercent,
  formatRevisions,
  formatWithin,
  formatWorkdays,
  joinList,
  nextWorkday,
  type ReplyLang,
} from './format';
import { words } from './readability';
import { en } from './templates/en';
import { nl } from './templates/nl';
import type { Cond, LanguageTemplates, Need, Slot, Tone, Var } from './templates/types';

export type { Tone } from './templates/types';
export type { ReplyLang } from './format';

/** The three tones, in the order the UI shows them. */
export const TONES = ['warm', 'firm', 'part'] as const satisfies readonly Tone[];

export interface Reply {
  /** warm: keep the relationship · firm: hold the line · part: part ways courteously. */
  tone: Tone;
  lang: ReplyLang;
  /** Plain text, paragraphs separated by a blank line, ending with the sign-off and signature. */
  text: string;
}

export interface ReplyContext {
  /** The client's display name from the mail header ("Julia de Vries <julia@…>" is fine); greets by first name. */
  senderName?: string;
  /**
   * The mail's subject. Accepted so callers can pass what they have; not quoted in replies on
   * purpose, since a demanding subject line ("URGENT refund NOW") is exactly what not to echo.
   */
  subject?: string;
}

export const TEMPLATES: Readonly<Record<ReplyLang, LanguageTemplates>> = { en, nl };

/** Longest reply body we send (words, without the signature); the quality bar. */
export const MAX_WORDS = 220;
/** Shortest reply body; below this a reply reads curt rather than firm. */
export const MIN_WORDS = 50;
/** Most requests restated in one listening sentence; more reads like a charge sheet. */
const MAX_ASKS = 3;
/** Part ways gives the reason for at most this many flags: the decision matters, not the list. */
const MAX_PART_FLAGS = 2;

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/** Flags most severe first; ties in FLAG_IDS order (abuse before refund before threat). */
export function orderFlags(ids: readonly FlagId[]): FlagId[] {
  return [...new Set(ids)].sort(
    (a, b) => SEVERITY_RANK[FLAG_SEVERITY[a]] - SEVERITY_RANK[FLAG_SEVERITY[b]] || FLAG_IDS.indexOf(a) - FLAG_IDS.indexOf(b),
  );
}

/** The reply language: the user's fixed choice, else the message's language, else English. */
export function replyLanguage(analysis: Pick<Analysis, 'lang'>, settings: Pick<Settings, 'replyLanguage'>): ReplyLang {
  if (settings.replyLanguage === 'en' || settings.replyLanguage === 'nl') return settings.replyLanguage;
  return analysis.lang === 'nl' ? 'nl' : 'en';
}

/** The flags a reply answers: known ids, switched on in the settings, most severe first. */
export function answeredFlags(analysis: Analysis, settings: Settings): FlagId[] {
  if (analysis.junk || !Array.isArray(analysis.flags)) return [];
  const ids = analysis.flags
    .map((f) => f?.id)
    .filter((id): id is FlagId => (FLAG_IDS as readonly string[]).includes(id as string) && settings.flags[id as FlagId] !== false);
  return orderFlags(ids);
}

// ---------------------------------------------------------------------------------------------
// Deterministic variation

/** FNV-1a, 32 bit: tiny, stable across engines, good enough to spread choices. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------
// The client's name

const TITLES: Record<string, 'm' | 'f' | 'dr'> = {
  mr: 'm', mister: 'm', dhr: 'm', heer: 'm', meneer: 'm', sir: 'm',
  mrs: 'f', ms: 'f', miss: 'f', mevr: 'f', mevrouw: 'f', mw: 'f', madam: 'f',
  dr: 'dr',
};
const TITLE_WORDS: Record<ReplyLang, Record<'m' | 'f' | 'dr', string>> = {
  en: { m: 'Mr', f: 'Ms', dr: 'Dr' },
  nl: { m: 'heer', f: 'mevrouw', dr: 'Dr' },
};

const NAME_PART = /^\p{L}[\p{L}'’-]{0,29}$/u;

function tidyName(part: string): string {
  // A shouted or lower-case name is written the usual way: JULIA / julia → Julia.
  return part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
}

/**
 * The name to greet: the first name from a display name, tidied; with a title and only a
 * surname, title + surname ("Mr Smith", "heer Jansen"). Undefined when it does not look like
 * a name (an address, digits, symbols), so the greeting goes without.
 */
export function greetingName(raw: string | undefined, lang: ReplyLang): string | undefined {
  if (!raw) return undefined;
  const cleaned = raw
    .slice(0, 200)
    .replace(/<[^<>]*>/g, ' ')
    .replace(/["“”()]/g, ' ')
    .trim();
  if (!cleaned || cleaned.includes('@')) return undefined;
  // "de Vries, Julia" → "Julia de Vries"
  const comma = cleaned.split(',');
  const ordered = comma.length === 2 ? `${comma[1]} ${comma[0]}` : cleaned;
  const parts = ordered.split(/\s+/).map((p) => p.replace(/\.$/, '')).filter(Boolean);
  let title: 'm' | 'f' | 'dr' | undefined;
  if (parts.length >= 2 && parts[0]!.toLowerCase() === 'de' && parts[1]!.toLowerCase() === 'heer') {
    parts.splice(0, 2);
    title = 'm';
  }
  while (parts.length && TITLES[parts[0]!.toLowerCase()]) title = TITLES[parts.shift()!.toLowerCase()];
  if (parts.length === 0 || !parts.every((p) => NAME_PART.test(p))) return undefined;
  if (title) {
    const surname = parts.length === 1 ? tidyName(parts[0]!) : parts.slice(1).map((p, i, all) => (i === all.length - 1 ? tidyName(p) : p.toLowerCase())).join(' ');
    return `${TITLE_WORDS[lang][title]} ${surname}`;
  }
  // An initial ("J. de Vries") is no name to greet someone by.
  return parts[0]!.length > 1 ? tidyName(parts[0]!) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Values and conditions

type Vars = Partial<Record<Var, string>>;

function dueText(ref: TimeRef | undefined, lang: ReplyLang): string | undefined {
  if (!ref) return undefined;
  if (ref.kind === 'day') return lang === 'en' ? `by ${DAY_NAMES.en[ref.day]}` : `op ${DAY_NAMES.nl[ref.day]}`;
  const table: Partial<Record<TimeRef['kind'], [string, string]>> = {
    today: ['today', 'vandaag'],
    tonight: ['tonight', 'vanavond'],
    tomorrow: ['by tomorrow', 'morgen'],
    weekend: ['by the weekend', 'dit weekend'],
  };
  return table[ref.kind]?.[lang === 'en' ? 0 : 1];
}

function whenText(ref: TimeRef | undefined, lang: ReplyLang): string | undefined {
  if (!ref) return undefined;
  if (ref.kind === 'day') return lang === 'en' ? `on ${DAY_NAMES.en[ref.day]}` : `op ${DAY_NAMES.nl[ref.day]}`;
  const table: Partial<Record<TimeRef['kind'], [string, string]>> = {
    weekend: ['at the weekend', 'in het weekend'],
    evening: ['in the evening', "'s avonds"],
    tonight: ['in the evening', "'s avonds"],
    anytime: ['at any hour', 'op elk moment'],
  };
  return table[ref.kind]?.[lang === 'en' ? 0 : 1];
}

/** The requested out-of-hours day, when the user's working days rule it out, and the first working day after it. */
function offDay(facts: Facts, days: readonly Weekday[], lang: ReplyLang): { offday?: string; nextday?: string } {
  const ref = facts.when;
  if (!ref || days.length === 0) return {};
  let asked: Weekday | undefined;
  if (ref.kind === 'day' && !days.includes(ref.day)) {
    asked = ref.day;
  } else if (ref.kind === 'weekend' && !days.includes('sat') && !days.includes('sun')) {
    asked = 'sun';
  }
  if (!asked) return {};
  const offday = ref.kind === 'weekend' ? (lang === 'en' ? 'at the weekend' : 'in het weekend') : whenText(ref, lang);
  const next = nextWorkday(asked, days);
  return { offday, nextday: next ? DAY_NAMES[lang][next] : undefined };
}

function buildVars(settings: Settings, facts: Facts, lang: ReplyLang, client: string | undefined): Vars {
  const v: Vars = {};
  if (client) v.client = client;
  if (settings.name) v.me = settings.name;
  if (settings.businessName) v.business = settings.businessName;
  if (settings.hourlyRate !== null) v.rate = formatMoney(settings.hourlyRate, settings.currency, lang);
  if (settings.depositPercent !== null) v.deposit = formatPercent(settings.depositPercent, lang);
  if (settings.paymentTermDays !== null) v.term = formatDays(settings.paymentTermDays, lang);
  if (settings.businessHours) v.hours = formatHours(settings.businessHours, lang);
  if (settings.businessDays.length) v.days = formatWorkdays(settings.businessDays, lang);
  // Zero included rounds is a real setting, but "zero rounds of changes" reads badly: say nothing.
  if (settings.revisionRounds) v.revisions = formatRevisions(settings.revisionRounds, lang);
  if (settings.responseTimeHours !== null) v.response = formatWithin(settings.responseTimeHours, lang);
  v.update = v.response ?? (lang === 'en' ? 'tomorrow' : 'morgen');
  if (facts.amount) v.amount = formatMoney(facts.amount.value, facts.amount.currency, lang);
  const due = dueText(facts.due, lang);
  if (due) v.due = due;
  const when = whenText(facts.when, lang);
  if (when) v.when = when;
  const { offday, nextday } = offDay(facts, settings.businessDays, lang);
  if (offday) v.offday = offday;
  if (offday && nextday && facts.boundaryKind === 'delivery') v.nextday = nextday;
  return v;
}

// ---------------------------------------------------------------------------------------------
// Rendering

interface Renderer {
  /** Render one slot; '' when no option applies (the sentence is left out). */
  slot(slot: Slot | undefined, key: string, extraVars?: Vars): string;
}

const CHOICE = /\[([^[\]|]*)\|([^[\]|]*)\]/g;
const HOLE = /\{(\w+)\}/g;

function makeRenderer(vars: Vars, conds: ReadonlySet<string>, form: 'je' | 'u', seed: string): Renderer {
  // Values already written in this letter, in reading order (slots are rendered top to bottom).
  const used = new Set<string>();
  return {
    slot(slot, key, extraVars) {
      if (!slot) return '';
      const all: Vars = { ...vars, ...extraVars };
      const holds = (need: Need): boolean => {
        const neg = need.startsWith('!');
        const k = neg ? need.slice(1) : need;
        let value: boolean;
        if (k.startsWith('is:') || k.startsWith('with:')) value = conds.has(k);
        else if (k.startsWith('new:')) value = Boolean(all[k.slice(4) as Var]) && !used.has(k.slice(4));
        else value = Boolean(all[k as Var]);
        return neg ? !value : value;
      };
      const option = slot.find((o) => (o.needs ?? []).every(holds));
      if (!option || option.texts.length === 0) return '';
      const template = option.texts[hash(`${seed}|${key}`) % option.texts.length]!;
      let missing = false;
      const names: string[] = [];
      // Choose je/u first, then fill values in one pass, so nothing the user typed is read as template syntax.
      const text = template
        .replace(CHOICE, (_, je: string, u: string) => (form === 'u' ? u : je))
        .replace(HOLE, (_, name: string) => {
          const value = all[name as Var];
          if (!value) missing = true;
          names.push(name);
          return value ?? '';
        });
      // A template naming a value its option does not require is a data bug; leave the sentence out rather than show a hole.
      if (missing) return '';
      for (const name of names) used.add(name);
      return text;
    },
  };
}

interface Plan {
  flags: FlagId[];
  extras: Set<FlagId>;
}

interface Letter {
  text: string;
  /** Words in the body, without the signature block. */
  bodyWords: number;
}

/** The signature under a reply: the user's own, else their name and business name, else nothing. */
export function signatureOf(settings: Settings): string {
  if (settings.signature) return settings.signature;
  return [settings.name, settings.businessName].filter(Boolean).join('\n');
}

function writeLetter(t: LanguageTemplates, tone: Tone, plan: Plan, lang: ReplyLang, r: Renderer, signature: string): Letter {
  const k = (name: string) => `${tone}:${name}`;
  const has = (id: FlagId) => plan.flags.includes(id);
  const paragraphs: string[][] = [];

  paragraphs.push([r.slot(t.greeting[tone], k('greeting'))]);

  const intro = [r.slot(t.opening[tone], k('opening'))];
  if (has('guilt_tripping')) intro.push(r.slot(t.appreciation[tone], k('appreciation')));
  const asks = plan.flags
    .filter((id) => t.flags[id].ask)
    .slice(0, MAX_ASKS)
    .map((id) => r.slot(t.flags[id].ask, k(`ask:${id}`)))
    .filter(Boolean);
  const restate = asks.length ? r.slot(t.restate[tone], k('restate'), { asks: joinList(asks, lang) }) : '';
  const feeling = r.slot(t.feeling[tone], k('feeling'));
  // Warm meets the feeling first; firm states the request first and then acknowledges it.
  intro.push(...(tone === 'warm' ? [feeling, restate] : [restate, feeling]));
  paragraphs.push(intro);

  for (const id of plan.flags) {
    const f = t.flags[id];
    const sentences = f.body[tone].map((slot, i) => r.slot(slot, k(`${id}:${i}`)));
    if (plan.extras.has(id)) sentences.push(...(f.extra?.[tone] ?? []).map((slot, i) => r.slot(slot, k(`${id}:extra:${i}`))));
    paragraphs.push(sentences);
  }

  if (tone === 'part') {
    paragraphs.push([r.slot(t.decision, k('decision')), r.slot(t.referral, k('referral'))]);
    paragraphs.push([r.slot(t.close.part, k('close'))]);
  } else if (has('abusive_language')) {
    // 001: step out of the heated exchange, with a set time for the next update.
    paragraphs.push([r.slot(t.pause, k('pause'))]);
  } else {
    paragraphs.push([r.slot(t.close[tone], k('close'))]);
  }

  const body = paragraphs
    .map((sentences) => sentences.filter(Boolean).join(' '))
    .filter(Boolean)
    .join('\n\n');
  const signoff = r.slot(t.signoff[tone], k('signoff'));
  const closing = [signoff, signature].filter(Boolean).join('\n');
  // Collapse doubled spaces and trim line ends (split, not /[ \t]+\n/, which backtracks on long runs).
  const text = `${body}\n\n${closing}`.replace(/[ \t]{2,}/g, ' ').split('\n').map((l) => l.trimEnd()).join('\n');
  return { text, bodyWords: words(`${body}\n${signoff}`).length };
}

interface Prepared {
  lang: ReplyLang;
  flags: FlagId[];
  templates: LanguageTemplates;
  vars: Vars;
  facts: Facts;
  form: 'je' | 'u';
  seed: string;
  signature: string;
}

function prepare(analysis: Analysis, rawSettings: Settings, context: ReplyContext): Prepared | undefined {
  // Callers may hand in stored or hand-written settings; repairing is cheap and makes a bad value harmless.
  const settings = repairSettings(rawSettings);
  const flags = answeredFlags(analysis, settings);
  if (flags.length === 0) return undefined;
  const lang = replyLanguage(analysis, settings);
  const safe: Analysis = { ...analysis, text: typeof analysis.text === 'string' ? analysis.text : '' };
  const facts = extractFacts(safe);
  const form = settings.dutchAddress === 'auto' ? (facts.address ?? 'je') : settings.dutchAddress;
  return {
    lang,
    flags,
    templates: TEMPLATES[lang],
    vars: buildVars(settings, facts, lang, greetingName(context.senderName, lang)),
    facts,
    form,
    seed: `${hash(safe.text)}:${flags.join(',')}`,
    signature: signatureOf(settings),
  };
}

function composeTone(p: Prepared, tone: Tone): Reply {
  const initial = tone === 'part' ? p.flags.slice(0, MAX_PART_FLAGS) : [...p.flags];
  const plan: Plan = { flags: initial, extras: new Set(initial) };
  for (;;) {
    const conds = new Set<string>(plan.flags.map((id) => `with:${id}`));
    if (plan.flags.length === 1) conds.add('is:alone' satisfies `is:${Cond}`);
    if (p.facts.boundaryKind === 'delivery') conds.add('is:delivery');
    if (p.facts.paymentKind === 'deposit') conds.add('is:deposit_ask');
    if (p.facts.paymentKind === 'later') conds.add('is:later_ask');
    const letter = writeLetter(p.templates, tone, plan, p.lang, makeRenderer(p.vars, conds, p.form, p.seed), p.signature);
    if (letter.bodyWords <= MAX_WORDS) return { tone, lang: p.lang, text: letter.text };
    // Too long: first drop the explanations of the least severe flags, then those flags themselves.
    const withExtra = plan.flags.filter((id) => plan.extras.has(id));
    if (withExtra.length) plan.extras.delete(withExtra[withExtra.length - 1]!);
    else if (plan.flags.length > 1) plan.flags.pop();
    else return { tone, lang: p.lang, text: letter.text };
  }
}

/**
 * Three replies — warm, firm, part — for an analysed message, in that order; or an EMPTY array
 * when the message has no flag to answer (no flags, junk input, or every flag switched off in
 * the settings): then the UI says nothing is wrong instead of offering a reply.
 *
 * Language: `settings.replyLanguage` when fixed, else the message's language, else English.
 * Deterministic: the same analysis, settings and context always give the same text.
 */
export function composeReplies(analysis: Analysis, settings: Settings, context: ReplyContext = {}): Reply[] {
  const p = prepare(analysis, settings, context);
  return p ? TONES.map((tone) => composeTone(p, tone)) : [];
}

/** One reply in the given tone (for `--tone`), or undefined when there is nothing to answer. */
export function composeReply(analysis: Analysis, settings: Settings, tone: Tone, context: ReplyContext = {}): Reply | undefined {
  const p = prepare(analysis, settings, context);
  return p ? composeTone(p, tone) : undefined;
}
