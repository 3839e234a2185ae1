import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  migrateSettings,
  MIGRATIONS,
  repairSettings,
  SCHEMA,
  SETTINGS_VERSION,
  validateSettings,
  type Migration,
} from '../../../src/shared/settings';
import { FLAG_IDS } from '../../../src/shared/types';

const FULL = {
  version: 1,
  name: 'Sam de Jong',
  businessName: 'Studio Kalm',
  signature: 'Sam de Jong\nStudio Kalm',
  hourlyRate: 85,
  currency: 'EUR',
  depositPercent: 20,
  paymentTermDays: 14,
  businessHours: { start: '09:00', end: '17:00' },
  businessDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  revisionRounds: 2,
  responseTimeHours: 24,
  replyLanguage: 'nl',
  dutchAddress: 'u',
  flags: Object.fromEntries(FLAG_IDS.map((id) => [id, id !== 'guilt_tripping'])),
  sensitivity: 'high',
};

describe('defaults', () => {
  test('are empty personal values, automatic language, every flag on', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      version: SETTINGS_VERSION,
      name: '',
      businessName: '',
      signature: '',
      hourlyRate: null,
      currency: 'EUR',
      depositPercent: null,
      paymentTermDays: null,
      businessHours: null,
      businessDays: [],
      revisionRounds: null,
      responseTimeHours: null,
      replyLanguage: 'auto',
      dutchAddress: 'auto',
      flags: Object.fromEntries(FLAG_IDS.map((id) => [id, true])),
      sensitivity: 'normal',
    });
  });

  test('are frozen, so nobody edits the shared defaults by accident', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.flags)).toBe(true);
  });

  test('every schema field is in the defaults and documented', () => {
    for (const [key, field] of Object.entries(SCHEMA)) {
      expect(DEFAULT_SETTINGS).toHaveProperty(key);
      expect(field.description).toMatch(/Default:/);
    }
  });

  test('validate cleanly, and so does a full settings object and its JSON round trip', () => {
    expect(validateSettings(DEFAULT_SETTINGS).errors).toEqual([]);
    expect(validateSettings(FULL)).toEqual({ settings: FULL, errors: [] });
    expect(validateSettings(JSON.parse(JSON.stringify(FULL))).errors).toEqual([]);
  });
});

describe('repair', () => {
  test.each([null, undefined, 42, 'settings', [], true, () => 1])('junk %s gives the defaults', (raw) => {
    expect(repairSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  test('a partial object keeps what it has and fills the rest', () => {
    expect(repairSettings({ name: 'Sam', hourlyRate: 85 })).toEqual({ ...DEFAULT_SETTINGS, name: 'Sam', hourlyRate: 85 });
  });

  test('never throws, even on a hostile object', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    expect(validateSettings(hostile).settings).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings(hostile).errors[0]?.field).toBe('(root)');
  });

  test('is idempotent', () => {
    const messy = { ...FULL, hourlyRate: '85,50', businessDays: ['Friday', 'mon', 'mon'], name: '  Sam \t de  Jong ', colour: 'blue' };
    const once = repairSettings(messy);
    expect(repairSettings(once)).toEqual(once);
  });

  test('returns a fresh object every time', () => {
    const a = repairSettings({});
    a.flags.threat = false;
    expect(repairSettings({}).flags.threat).toBe(true);
  });
});

describe('each bad value falls back to its default and names its field', () => {
  test.each([
    ['name', 42, ''],
    ['name', 'x'.repeat(81), 'x'.repeat(80)],
    ['signature', { text: 'hi' }, ''],
    ['hourlyRate', -5, null],
    ['hourlyRate', 'eighty', null],
    ['hourlyRate', Number.NaN, null],
    ['hourlyRate', Infinity, null],
    ['currency', 'euro', 'EUR'],
    ['currency', 7, 'EUR'],
    ['depositPercent', 120, null],
    ['paymentTermDays', 14.5, null],
    ['paymentTermDays', 0, null],
    ['revisionRounds', -1, null],
    ['responseTimeHours', 0, null],
    ['replyLanguage', 'fr', 'auto'],
    ['dutchAddress', 'jij', 'auto'],
    ['sensitivity', 'extreme', 'normal'],
    ['businessHours', '9-5', null],
    ['businessDays', 'weekdays', []],
    ['flags', ['threat'], DEFAULT_SETTINGS.flags],
  ] as const)('%s = %j', (field, bad, fallback) => {
    const { settings, errors } = validateSettings({ [field]: bad });
    expect((settings as Record<string, unknown>)[field]).toEqual(fallback);
    expect(errors.map((e) => e.field)).toEqual([field]);
    expect(errors[0]!.message.length).toBeGreaterThan(5);
  });

  test('nested fields are named by path', () => {
    expect(validateSettings({ businessHours: { start: '9:00', end: '25:00' } }).errors.map((e) => e.field)).toEqual(['businessHours.end']);
    expect(validateSettings({ businessHours: { start: '17:00', end: '09:00' } }).errors.map((e) => e.field)).toEqual(['businessHours.end']);
    expect(validateSettings({ businessDays: ['mon', 'someday'] }).errors.map((e) => e.field)).toEqual(['businessDays.1']);
    const flags = validateSettings({ flags: { threat: 'no', teapot: true, refund_demand: false } });
    expect(flags.errors.map((e) => e.field)).toEqual(['flags.threat', 'flags.teapot']);
    expect(flags.settings.flags.refund_demand).toBe(false);
    expect(flags.settings.flags.threat).toBe(true);
  });

  test('an unknown field is reported (a typo in a --settings file), and dropped', () => {
    const { settings, errors } = validateSettings({ hourlyrate: 85 });
    expect(errors).toEqual([{ field: 'hourlyrate', message: 'is not a known setting' }]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  test('a bad version is reported', () => {
    expect(validateSettings({ version: 'one' }).errors.map((e) => e.field)).toEqual(['version']);
  });
});

describe('values are cleaned up, not rejected', () => {
  test.each([
    [{ hourlyRate: '85' }, { hourlyRate: 85 }],
    [{ hourlyRate: '85,50' }, { hourlyRate: 85.5 }],
    [{ hourlyRate: '' }, { hourlyRate: null }],
    [{ hourlyRate: null }, { hourlyRate: null }],
    [{ currency: 'usd' }, { currency: 'USD' }],
    [{ currency: '€' }, { currency: 'EUR' }],
    [{ name: '  Sam \t de  Jong ' }, { name: 'Sam de Jong' }],
    [{ name: null }, { name: '' }],
    [{ signature: 'Sam  \r\nStudio\u0007 Kalm\n\n\n\nwww.kalm.nl ' }, { signature: 'Sam\nStudio Kalm\n\nwww.kalm.nl' }],
    [{ businessHours: { start: '9.30', end: '17:00' } }, { businessHours: { start: '09:30', end: '17:00' } }],
    [{ businessDays: ['Friday', 'mon', 'MON'] }, { businessDays: ['mon', 'fri'] }],
    [{ replyLanguage: ' NL ' }, { replyLanguage: 'nl' }],
    [{ revisionRounds: 0 }, { revisionRounds: 0 }],
  ])('%j', (raw, expected) => {
    const { settings, errors } = validateSettings(raw);
    expect(errors).toEqual([]);
    expect(settings).toMatchObject(expected);
  });
});

describe('migrations', () => {
  test('there is a step from every older version to the current one', () => {
    for (let v = 0; v < SETTINGS_VERSION; v++) expect(MIGRATIONS[v], `step from ${v}`).toBeTypeOf('function');
  });

  test('an unversioned object (version 0) is stamped and keeps its fields', () => {
    expect(migrateSettings({ name: 'Sam', hourlyRate: 85 })).toEqual({ name: 'Sam', hourlyRate: 85, version: 1 });
  });

  test('a current object comes back unchanged, and migrating twice changes nothing', () => {
    expect(migrateSettings(FULL)).toEqual(FULL);
    const once = migrateSettings({ name: 'Sam' });
    expect(migrateSettings(once)).toEqual(once);
  });

  test('does not mutate its input', () => {
    const raw = { name: 'Sam' };
    migrateSettings(raw);
    expect(raw).toEqual({ name: 'Sam' });
  });

  test('a non-object becomes an empty object at the current version', () => {
    expect(migrateSettings('x')).toEqual({ version: SETTINGS_VERSION });
    expect(migrateSettings(null)).toEqual({ version: SETTINGS_VERSION });
  });

  test('an object from a newer Kalm is left alone; repair reads the fields it knows', () => {
    const future = { version: 99, name: 'Sam', hologramMode: true };
    expect(migrateSettings(future)).toEqual(future);
    const { settings, errors } = validateSettings(future);
    expect(settings.name).toBe('Sam');
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(errors).toEqual([]);
  });

  // The chain itself, with made-up steps: a rename at 1→2 and a unit change at 2→3.
  const chain: Record<number, Migration> = {
    0: (old) => ({ ...old, version: 1 }),
    1: ({ rate, ...rest }) => ({ ...rest, hourlyRate: rate }),
    2: (old) => ({ ...old, responseTimeHours: typeof old.responseDays === 'number' ? old.responseDays * 24 : null, responseDays: undefined }),
  };

  test('steps run in order from the stored version', () => {
    expect(migrateSettings({ rate: 85, responseDays: 2 }, chain, 3)).toEqual({ hourlyRate: 85, responseTimeHours: 48, responseDays: undefined, version: 3 });
    expect(migrateSettings({ version: 2, hourlyRate: 60, responseDays: 1 }, chain, 3)).toEqual({ hourlyRate: 60, responseTimeHours: 24, responseDays: undefined, version: 3 });
  });

  test('a step that throws or returns garbage does not break loading', () => {
    const broken: Record<number, Migration> = { 0: () => { throw new Error('old shape'); }, 1: () => null as unknown as Record<string, unknown> };
    expect(migrateSettings({ name: 'Sam' }, broken, 2)).toEqual({ version: 2 });
    expect(migrateSettings({ name: 'Sam' }, {}, 2)).toEqual({ name: 'Sam', version: 2 });
  });
});
