import { describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings, validateSettings } from '../../../src/shared/settings';
import { createFakeBrowser } from '../helpers/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: createFakeBrowser().browser }));
const { errorMessage, errorsByInput, fromSettings, inputOf, toRaw } = await import('../../../src/options/form');

describe('the settings form as data', () => {
  test('settings → form → settings is the identity, for the defaults and a full set', () => {
    const full = repairSettings({
      name: 'Sam', businessName: 'Studio', signature: 'Sam\nStudio', hourlyRate: 85.5, currency: 'GBP', depositPercent: 30,
      paymentTermDays: 14, businessHours: { start: '08:30', end: '16:00' }, businessDays: ['mon', 'wed'], revisionRounds: 0,
      responseTimeHours: 24, replyLanguage: 'nl', dutchAddress: 'u', flags: { threat: false }, sensitivity: 'high',
    });
    for (const settings of [repairSettings({}), full]) {
      const { settings: back, errors } = validateSettings(toRaw(fromSettings(settings)));
      expect(errors).toEqual([]);
      expect(back).toEqual(settings);
    }
    expect(fromSettings(full).revisionRounds).toBe('0');
  });

  test('empty working hours are "not set", half-filled ones are an error on the empty input', () => {
    const form = fromSettings(repairSettings({}));
    expect(toRaw(form).businessHours).toBeNull();
    const errors = validateSettings(toRaw({ ...form, businessHoursStart: '09:00' })).errors;
    expect([...errorsByInput(errors).keys()]).toEqual(['businessHoursEnd']);
  });

  test.each([
    ['hourlyRate', 'hourlyRate'],
    ['businessHours', 'businessHoursStart'],
    ['businessHours.start', 'businessHoursStart'],
    ['businessHours.end', 'businessHoursEnd'],
    ['flags.threat', 'flags-threat'],
    ['businessDays.2', 'businessDays-2'],
  ])('error on %s belongs to input %s', (field, input) => {
    expect(inputOf(field)).toBe(input);
  });

  test('text limits and unknown cases still get a sentence', () => {
    expect(errorMessage({ field: 'name', message: 'must be at most 80 characters' })).toBe('Keep it to 80 characters.');
    expect(errorMessage({ field: 'replyLanguage', message: 'must be one of auto, en, nl' })).toBe(
      'This value cannot be used: must be one of auto, en, nl.',
    );
  });

  test('the defaults give a form with nothing to fix', () => {
    expect(errorsByInput(validateSettings(toRaw(fromSettings({ ...DEFAULT_SETTINGS, flags: { ...DEFAULT_SETTINGS.flags } }))).errors).size).toBe(0);
  });
});
