// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { OptionsStore } from '../../../src/options/App';
import { SCHEMA, repairSettings, validateSettings, type Settings } from '../../../src/shared/settings';
import { FLAG_IDS } from '../../../src/shared/types';
import { createFakeBrowser } from '../helpers/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: createFakeBrowser().browser }));
const { App } = await import('../../../src/options/App');
const { repairedLabels } = await import('../../../src/options/form');

afterEach(cleanup);

function store(settings: Settings = repairSettings({}), repaired?: string[], area: 'sync' | 'local' = 'sync') {
  return {
    load: vi.fn(async () => ({ settings, repaired })),
    save: vi.fn(async (_s: Settings) => area),
  } satisfies OptionsStore;
}

async function open(s = store(), uiLanguage = 'en') {
  render(<App store={s} version="0.1.0" uiLanguage={uiLanguage} />);
  await waitFor(() => screen.getByTestId('settings-form'));
  return s;
}
const field = (id: string) => screen.getByTestId<HTMLInputElement>(`field-${id}`);
const typeInto = (id: string, value: string) => {
  fireEvent.input(field(id), { target: { value } });
};
const leave = (id: string) => fireEvent.blur(field(id));
const preview = () => screen.getByTestId('preview-reply').textContent ?? '';
const save = () => fireEvent.submit(screen.getByTestId('settings-form'));

describe('settings page', () => {
  test('has an input for every setting of the schema, each with a visible label', async () => {
    await open();
    for (const key of Object.keys(SCHEMA)) {
      const ids =
        key === 'businessHours' ? ['businessHoursStart', 'businessHoursEnd']
        : key === 'businessDays' ? ['businessDays-mon', 'businessDays-sun']
        : key === 'flags' ? FLAG_IDS.map((id) => `flags-${id}`)
        : key === 'sensitivity' ? ['sensitivity-low', 'sensitivity-normal', 'sensitivity-high']
        : [key];
      for (const id of ids) {
        const input = field(id);
        const label = document.querySelector(`label[for="${input.id}"]`);
        expect(label?.textContent?.trim(), `${key}: ${id}`).toBeTruthy();
      }
    }
  });

  test('shows the stored settings', async () => {
    const settings = repairSettings({
      name: 'Sam de Boer',
      hourlyRate: 85.5,
      businessHours: { start: '09:00', end: '17:00' },
      businessDays: ['mon', 'fri'],
      replyLanguage: 'nl',
      flags: { threat: false },
      sensitivity: 'high',
    });
    await open(store(settings));
    expect(field('name').value).toBe('Sam de Boer');
    expect(field('hourlyRate').value).toBe('85.5');
    expect(field('businessHoursStart').value).toBe('09:00');
    expect(field('businessDays-mon').checked).toBe(true);
    expect(field('businessDays-tue').checked).toBe(false);
    expect(screen.getByTestId<HTMLSelectElement>('field-replyLanguage').value).toBe('nl');
    expect(field('flags-threat').checked).toBe(false);
    expect(field('flags-discount_pressure').checked).toBe(true);
    expect(field('sensitivity-high').checked).toBe(true);
  });

  test('a wrong value gets a helpful error once the field is left, tied to the input', async () => {
    await open();
    typeInto('hourlyRate', '85 euro');
    expect(screen.queryByTestId('error-hourlyRate')).toBeNull(); // not while typing the first time
    leave('hourlyRate');
    const error = screen.getByTestId('error-hourlyRate');
    expect(error.textContent).toContain('such as 85 or 85.50');
    expect(field('hourlyRate').getAttribute('aria-invalid')).toBe('true');
    expect(field('hourlyRate').getAttribute('aria-describedby')).toContain(error.id);
    // Fixed: the error goes as the user types.
    typeInto('hourlyRate', '85,50');
    expect(screen.queryByTestId('error-hourlyRate')).toBeNull();
  });

  test.each([
    ['depositPercent', '150', 'from 1 to 100'],
    ['paymentTermDays', '14.5', 'whole number of days'],
    ['revisionRounds', '-1', 'from 0 to 20'],
    ['responseTimeHours', '0', 'from 1 to 720'],
    ['currency', 'EURO', 'three-letter'],
  ])('%s = %j: says what is expected', async (id, value, words) => {
    await open();
    typeInto(id, value);
    leave(id);
    expect(screen.getByTestId(`error-${id}`).textContent).toContain(words);
  });

  test('working hours: an end before the start, or only one of the two, is explained', async () => {
    await open();
    typeInto('businessHoursStart', '17:00');
    typeInto('businessHoursEnd', '09:00');
    leave('businessHoursEnd');
    expect(screen.getByTestId('error-businessHoursEnd').textContent).toContain('later than the start');
    typeInto('businessHoursEnd', '');
    expect(screen.getByTestId('error-businessHoursEnd').textContent).toContain('clear both times');
  });

  test('saving with errors saves nothing, says how many to fix and moves to the first', async () => {
    const s = await open();
    typeInto('depositPercent', 'lots');
    typeInto('paymentTermDays', '400');
    save();
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('(2)'));
    expect(s.save).not.toHaveBeenCalled();
    expect(screen.getByTestId('error-paymentTermDays')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(field('depositPercent')));
  });

  test('saving stores the cleaned-up settings and says so', async () => {
    const s = await open();
    typeInto('name', '  Sam   de Boer ');
    typeInto('hourlyRate', '85,50');
    typeInto('currency', 'usd');
    typeInto('businessHoursStart', '09:00');
    typeInto('businessHoursEnd', '17:30');
    fireEvent.click(field('businessDays-mon'));
    fireEvent.click(field('flags-guilt_tripping'));
    fireEvent.click(field('sensitivity-low'));
    fireEvent.change(screen.getByTestId('field-dutchAddress'), { target: { value: 'u' } });
    expect(screen.getByTestId('save-status').textContent).toContain('not saved yet');
    save();
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('Saved.'));
    const saved = s.save.mock.calls[0]![0];
    expect(validateSettings(saved).errors).toEqual([]);
    expect(saved).toMatchObject({
      name: 'Sam de Boer',
      hourlyRate: 85.5,
      currency: 'USD',
      businessHours: { start: '09:00', end: '17:30' },
      businessDays: ['mon'],
      sensitivity: 'low',
      dutchAddress: 'u',
    });
    expect(saved.flags.guilt_tripping).toBe(false);
    expect(field('hourlyRate').value).toBe('85.5');
    expect(field('currency').value).toBe('USD');
  });

  test('saved on this computer only, or not at all: the user is told', async () => {
    await open(store(repairSettings({}), undefined, 'local'));
    save();
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('this computer only'));
    cleanup();
    const failing = store();
    failing.save.mockRejectedValueOnce(new Error('quota'));
    await open(failing);
    save();
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('could not save'));
  });

  test('settings stored corrupt: the page opens on the repaired values and names what was reset', async () => {
    const raw = { name: 42, hourlyRate: 'free', businessDays: 'weekdays', flags: [], colour: 'red' };
    const { settings } = validateSettings(raw);
    await open(store(settings, repairedLabels(validateSettings(raw).errors)));
    const notice = screen.getByTestId('repaired-notice').textContent ?? '';
    expect(notice).toContain('Your name');
    expect(notice).toContain('Hourly rate');
    expect(notice).toContain('Working days');
    expect(notice).toContain('Flags Kalm shows and answers');
    expect(notice).not.toContain('colour');
    expect(field('name').value).toBe('');
    expect(field('hourlyRate').value).toBe('');
    expect(preview()).toMatch(/^(Hi|Dear|Hello) Alex/);
  });

  test('the privacy promise is explained', async () => {
    await open();
    const privacy = screen.getByTestId('privacy').textContent ?? '';
    expect(privacy).toContain('No email text ever leaves your browser.');
    expect(privacy).toContain('sends no request of its own');
    expect(privacy).toContain('never sends an email');
  });
});

describe('live preview', () => {
  test('follows the settings as they are typed', async () => {
    await open();
    expect(preview()).toMatch(/^(Hi|Dear|Hello) Alex/);
    expect(preview()).not.toContain('Robin Vos');
    typeInto('name', 'Robin Vos');
    expect(preview()).toContain('Robin Vos');
    typeInto('hourlyRate', '95');
    expect(preview()).toContain('€95');
    typeInto('currency', 'GBP');
    expect(preview()).toContain('£95');
  });

  test('an invalid value counts as empty in the preview, never as a hole in the text', async () => {
    await open();
    typeInto('hourlyRate', 'abc');
    expect(preview()).not.toMatch(/abc|NaN|undefined|null/);
  });

  test('the reply language and the example email', async () => {
    await open();
    fireEvent.change(screen.getByTestId('field-replyLanguage'), { target: { value: 'nl' } });
    expect(screen.getByTestId('preview-email').textContent).toContain('te duur');
    expect(preview()).toMatch(/^(Hoi|Hallo|Beste) Jan/);
    fireEvent.change(screen.getByTestId('field-dutchAddress'), { target: { value: 'u' } });
    expect(preview()).toMatch(/\bu\b/);
    fireEvent.change(screen.getByTestId('preview-sample'), { target: { value: 'weekend' } });
    expect(screen.getByTestId('preview-email').textContent).toContain('weekend');
    typeInto('businessHoursStart', '09:00');
    typeInto('businessHoursEnd', '17:00');
    expect(preview()).toContain('9.00');
  });

  test('with "auto", the example follows the language of the page', async () => {
    await open(store(), 'nl-NL');
    expect(screen.getByTestId('preview-email').textContent).toContain('te duur');
  });

  test('tones differ, and a switched-off flag means no reply', async () => {
    await open();
    const warm = preview();
    fireEvent.change(screen.getByTestId('preview-tone'), { target: { value: 'part' } });
    expect(preview()).not.toBe(warm);
    fireEvent.click(field('flags-discount_pressure'));
    expect(screen.getByTestId('preview-off').textContent).toContain('switched off');
  });
});

describe('repairedLabels', () => {
  test.each([
    [{}, undefined],
    [{ name: 'Sam' }, undefined],
    [{ colour: 'red' }, undefined],
    ['garbage', ['all settings']],
    [[1, 2], ['all settings']],
    [{ hourlyRate: -5 }, ['Hourly rate']],
    [{ businessHours: { start: 'x', end: '25:00' } }, ['Working hours']],
  ])('%j → %j', (raw, labels) => {
    expect(repairedLabels(validateSettings(raw).errors)).toEqual(labels);
  });
});
