/**
 * The user's settings: one schema that is also the defaults and the type.
 *
 * Each field of `SCHEMA` carries its default and its own parse-and-repair function, so
 * `DEFAULT_SETTINGS` and `Settings` are derived from it and cannot drift apart. Loading is
 * migrate → validate → repair: a bad or missing value falls back to its default and never
 * breaks a reply or the options page (Dark Reader's `validateSettings` habit).
 *
 * Empty is a normal state: every personal value defaults to "not set" (`''`, `null`, `[]`)
 * and the reply composer phrases around it instead of leaving a blank.
 *
 * Pure data and functions: no browser APIs, so the popup, options page, CLI and tests share it.
 */
import { FLAG_IDS, type FlagId } from './types';

/** Bump when the stored shape changes, and add a migration from the previous version. */
export const SETTINGS_VERSION = 1;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const REPLY_LANGUAGES = ['auto', 'en', 'nl'] as const;
export const DUTCH_ADDRESS_FORMS = ['auto', 'je', 'u'] as const;
export const SENSITIVITIES = ['low', 'normal', 'high'] as const;

/** Working hours as 24-hour `HH:MM` strings, start before end. */
export interface BusinessHours {
  start: string;
  end: string;
}

export interface SettingsError {
  /** Dotted path of the bad field, e.g. `hourlyRate` or `flags.threat`. */
  field: string;
  message: string;
}

interface Parsed<T> {
  /** Always usable: the given value, cleaned up, or the default when it could not be used. */
  value: T;
  /** Paths are relative to the field (`''` = the field itself). */
  errors: { path: string; message: string }[];
}

interface Field<T> {
  readonly default: T;
  readonly description: string;
  parse(raw: unknown): Parsed<T>;
}

// ---------------------------------------------------------------------------------------------
// Field kinds

const ok = <T>(value: T): Parsed<T> => ({ value, errors: [] });
const bad = <T>(value: T, message: string, path = ''): Parsed<T> => ({ value, errors: [{ path, message }] });

/** Text: trimmed, control characters removed, at most `max` characters; `null` counts as empty. */
function text(description: string, max: number, multiline = false): Field<string> {
  return {
    default: '',
    description,
    parse(raw) {
      if (raw === null || raw === undefined) return ok('');
      if (typeof raw !== 'string') return bad('', 'must be text');
      let value = raw.replace(/\r\n?/g, '\n');
      // Control characters (other than line breaks in a multi-line field) would end up in the mail.
      // eslint-disable-next-line no-control-regex
      value = value.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ');
      if (multiline) {
        value = value
          .split('\n')
          .map((line) => line.replace(/[ \t]+/g, ' ').trim())
          .join('\n')
          .replace(/\n{3,}/g, '\n\n')
          .trim();
      } else {
        value = value.replace(/\s+/g, ' ').trim();
      }
      if (value.length > max) return bad(value.slice(0, max).trim(), `must be at most ${max} characters`);
      return ok(value);
    },
  };
}

/** Accepts numbers and numeric strings ("85", "85.50", "85,50"); `''`/`null` mean "not set". */
function toNumber(raw: unknown): number | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string') {
    const s = raw.trim();
    if (s === '') return null;
    if (!/^\d{1,9}(?:[.,]\d{1,4})?$/.test(s)) return undefined;
    return Number(s.replace(',', '.'));
  }
  return undefined;
}

function optionalNumber(
  description: string,
  { min, max, integer }: { min: number; max: number; integer: boolean },
): Field<number | null> {
  const rule = `must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, or empty`;
  return {
    default: null,
    description,
    parse(raw) {
      const n = toNumber(raw);
      if (n === null) return ok(null);
      if (n === undefined || n < min || n > max || (integer && !Number.isInteger(n))) return bad(null, rule);
      return ok(integer ? n : Math.round(n * 100) / 100);
    },
  };
}

function oneOf<const T extends readonly string[]>(description: string, options: T, fallback: T[number]): Field<T[number]> {
  return {
    default: fallback,
    description,
    parse(raw) {
      if (raw === undefined) return ok(fallback);
      const value = typeof raw === 'string' ? raw.trim().toLowerCase() : raw;
      if (typeof value === 'string' && (options as readonly string[]).includes(value)) return ok(value as T[number]);
      return bad(fallback, `must be one of ${options.join(', ')}`);
    },
  };
}

const CURRENCY_SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP' };

function currency(description: string): Field<string> {
  return {
    default: 'EUR',
    description,
    parse(raw) {
      if (raw === undefined || raw === null || raw === '') return ok('EUR');
      if (typeof raw !== 'string') return bad('EUR', 'must be a three-letter currency code such as EUR');
      const s = raw.trim();
      const fromSymbol = CURRENCY_SYMBOLS[s];
      if (fromSymbol) return ok(fromSymbol);
      if (/^[a-z]{3}$/i.test(s)) return ok(s.toUpperCase());
      return bad('EUR', 'must be a three-letter currency code such as EUR');
    },
  };
}

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

function normaliseTime(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = TIME.exec(raw.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
}

function businessHours(description: string): Field<BusinessHours | null> {
  return {
    default: null,
    description,
    parse(raw) {
      if (raw === null || raw === undefined || raw === '') return ok(null);
      if (typeof raw !== 'object' || Array.isArray(raw)) {
        return bad(null, 'must be an object like {"start": "09:00", "end": "17:00"}, or empty');
      }
      const r = raw as Record<string, unknown>;
      const start = normaliseTime(r.start);
      const end = normaliseTime(r.end);
      const errors: Parsed<null>['errors'] = [];
      if (!start) errors.push({ path: 'start', message: 'must be a time like 09:00' });
      if (!end) errors.push({ path: 'end', message: 'must be a time like 17:00' });
      if (start && end && start >= end) errors.push({ path: 'end', message: 'must be later than the start' });
      return errors.length ? { value: null, errors } : ok({ start: start!, end: end! });
    },
  };
}

function weekdays(description: string): Field<Weekday[]> {
  return {
    default: [],
    description,
    parse(raw) {
      if (raw === null || raw === undefined) return ok([]);
      if (!Array.isArray(raw)) return bad([], `must be a list of days (${WEEKDAYS.join(', ')})`);
      const found = new Set<Weekday>();
      const errors: Parsed<Weekday[]>['errors'] = [];
      raw.forEach((day, i) => {
        const d = typeof day === 'string' ? day.trim().toLowerCase().slice(0, 3) : '';
        if ((WEEKDAYS as readonly string[]).includes(d)) found.add(d as Weekday);
        else errors.push({ path: String(i), message: `must be one of ${WEEKDAYS.join(', ')}` });
      });
      return { value: WEEKDAYS.filter((d) => found.has(d)), errors };
    },
  };
}

function flagSwitches(description: string): Field<Record<FlagId, boolean>> {
  const all = (): Record<FlagId, boolean> => Object.fromEntries(FLAG_IDS.map((id) => [id, true])) as Record<FlagId, boolean>;
  return {
    default: all(),
    description,
    parse(raw) {
      const value = all();
      if (raw === null || raw === undefined) return ok(value);
      if (typeof raw !== 'object' || Array.isArray(raw)) return bad(value, 'must be an object of flag ids to true/false');
      const errors: Parsed<unknown>['errors'] = [];
      for (const [key, on] of Object.entries(raw as Record<string, unknown>)) {
        if (!(FLAG_IDS as readonly string[]).includes(key)) errors.push({ path: key, message: 'is not a known flag' });
        else if (typeof on !== 'boolean') errors.push({ path: key, message: 'must be true or false' });
        else value[key as FlagId] = on;
      }
      return { value, errors };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The schema

/** Every setting, its default and how it is checked. Order is the options page's order. */
export const SCHEMA = {
  name: text("The user's own name, used in the signature when no signature is set. Default: empty.", 80),
  businessName: text('The business name. Default: empty.', 120),
  signature: text('Signature placed under every reply; may span lines. Default: empty (name and business are used).', 500, true),
  hourlyRate: optionalNumber('Hourly rate, in `currency`. Default: not set.', { min: 1, max: 100_000, integer: false }),
  currency: currency('ISO 4217 code of the rate (EUR, USD, GBP…). Default: EUR.'),
  depositPercent: optionalNumber('Deposit asked before work starts, in percent. Default: not set.', { min: 1, max: 100, integer: false }),
  paymentTermDays: optionalNumber('Days an invoice may stay open. Default: not set.', { min: 1, max: 365, integer: true }),
  businessHours: businessHours('Working hours, e.g. {"start": "09:00", "end": "17:00"}. Default: not set.'),
  businessDays: weekdays('Working days, e.g. ["mon", "tue", "wed", "thu", "fri"]. Default: none set.'),
  revisionRounds: optionalNumber('Rounds of changes included in a quote (0 = none). Default: not set.', { min: 0, max: 20, integer: true }),
  responseTimeHours: optionalNumber('Usual time to answer a message, in hours. Default: not set.', { min: 1, max: 720, integer: true }),
  replyLanguage: oneOf("Language of the replies; 'auto' follows the client's message. Default: auto.", REPLY_LANGUAGES, 'auto'),
  dutchAddress: oneOf("Dutch form of address; 'auto' mirrors the client's je/u. Default: auto.", DUTCH_ADDRESS_FORMS, 'auto'),
  flags: flagSwitches('Which flags are shown and answered. Default: all on.'),
  sensitivity: oneOf('How readily the classifier flags a message. Default: normal.', SENSITIVITIES, 'normal'),
} as const;

type SchemaValue<F> = F extends Field<infer T> ? T : never;

/** The user's settings, as stored (with its version) and as passed to the composer. */
export type Settings = { version: number } & { -readonly [K in keyof typeof SCHEMA]: SchemaValue<(typeof SCHEMA)[K]> };

export type SettingKey = keyof typeof SCHEMA;
const KEYS = Object.keys(SCHEMA) as SettingKey[];

function defaults(): Settings {
  const out: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const key of KEYS) out[key] = structuredClone(SCHEMA[key].default);
  return out as Settings;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Every field at its default: empty personal values, automatic language, all flags on. */
export const DEFAULT_SETTINGS: Readonly<Settings> = deepFreeze(defaults());

// ---------------------------------------------------------------------------------------------
// Migrations

/** A pure step from version `n` to `n + 1`; it may assume nothing about the values (they are repaired afterwards). */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * `MIGRATIONS[n]` turns a version-`n` object into version `n + 1`.
 * Version 0 is an object without a `version` field (an early store, or a hand-written
 * `--settings` file); its fields already have today's names, so the step only stamps it.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: (old) => ({ ...old, version: 1 }),
};

function isPlainObject(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/** The version an object claims: a missing or unusable `version` counts as 0. */
function versionOf(raw: Record<string, unknown>): number {
  const v = raw.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/**
 * Bring a stored object up to `target` by running each migration in turn. Pure and idempotent:
 * an object already at (or beyond) the target comes back unchanged. A non-object
 * becomes an empty object at the target version. Never throws; a missing step only stamps the version.
 */
export function migrateSettings(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = SETTINGS_VERSION,
): Record<string, unknown> {
  if (!isPlainObject(raw)) return { version: target };
  let data: Record<string, unknown> = { ...raw };
  let version = versionOf(data);
  while (version < target) {
    const step = migrations[version];
    try {
      data = step ? step({ ...data }) : { ...data };
    } catch {
      // A step that cannot read the old shape keeps the data as it is; repair fills in defaults.
    }
    if (!isPlainObject(data)) data = {};
    version += 1;
    data.version = version;
  }
  // An object from a newer Kalm keeps its number: there is no way down, and repair reads what it knows.
  return { ...data, version };
}

// ---------------------------------------------------------------------------------------------
// Validate and repair

/**
 * Check a settings object (any version, any garbage) and repair it. `settings` is always usable:
 * every bad or missing value is replaced by its default. `errors` names each bad field
 * (`hourlyRate`, `businessHours.end`, `flags.threat`, `colour` for an unknown field) for the
 * options page and the CLI's `--settings`. Never throws.
 */
export function validateSettings(raw: unknown): { settings: Settings; errors: SettingsError[] } {
  try {
    return validate(raw);
  } catch {
    // Only a hostile object (a throwing getter, a revoked Proxy) gets here; it still must not break the popup.
    return { settings: defaults(), errors: [{ field: '(root)', message: 'settings could not be read' }] };
  }
}

function validate(raw: unknown): { settings: Settings; errors: SettingsError[] } {
  const errors: SettingsError[] = [];
  if (!isPlainObject(raw)) {
    const what = raw === null ? 'null' : Array.isArray(raw) ? 'a list' : typeof raw;
    return { settings: defaults(), errors: [{ field: '(root)', message: `settings must be an object, not ${what}` }] };
  }
  const claimed = raw.version;
  if (claimed !== undefined && !(typeof claimed === 'number' && Number.isInteger(claimed) && claimed >= 0)) {
    errors.push({ field: 'version', message: 'must be a whole number' });
  }
  const fromNewer = typeof claimed === 'number' && claimed > SETTINGS_VERSION;
  const data = migrateSettings(raw);
  const settings = defaults();
  const out = settings as Record<string, unknown>;
  for (const key of KEYS) {
    const parsed = (SCHEMA[key] as Field<unknown>).parse(data[key]);
    out[key] = parsed.value;
    for (const e of parsed.errors) errors.push({ field: e.path ? `${key}.${e.path}` : key, message: e.message });
  }
  if (!fromNewer) {
    // A newer Kalm may have added fields; only complain about unknown ones in files we fully understand.
    for (const key of Object.keys(data)) {
      if (key !== 'version' && !(KEYS as string[]).includes(key)) errors.push({ field: key, message: 'is not a known setting' });
    }
  }
  settings.version = SETTINGS_VERSION;
  return { settings, errors };
}

/** Migrate, validate and repair, keeping only the result: a bad or missing value becomes its default. Never throws. */
export function repairSettings(raw: unknown): Settings {
  return validateSettings(raw).settings;
}
