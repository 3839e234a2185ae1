/**
 * The settings page in a real Chromium: every setting, validation with helpful errors, the live
 * preview, saving to storage.sync (and the popup using it), and repair of corrupt stored settings.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { caseNamed } from '../fixtures/gmail/cases';
import { expectNothingLeftAndNothingBroke, useKalm } from './harness';

const kalm = useKalm('options');

const storedSettings = () => kalm.inWorker<{ settings?: Record<string, unknown> }>(`chrome.storage.sync.get('settings')`).then((got) => got.settings);

const field = (page: Page, id: string) => page.getByTestId(`field-${id}`);
const preview = (page: Page) => page.getByTestId('preview-reply').innerText();

describe('the settings page', () => {
  test('validates as the user goes, refuses to save errors, saves good values to storage.sync', async () => {
    const page = await kalm.openOptions();
    expect(await page.title()).toBe('Kalm settings');
    expect(await page.getByTestId('privacy').innerText()).toContain('No email text ever leaves your browser.');

    await field(page, 'hourlyRate').fill('eighty');
    await field(page, 'currency').click(); // leave the field
    expect(await page.getByTestId('error-hourlyRate').innerText()).toContain('such as 85 or 85.50');
    expect(await field(page, 'hourlyRate').getAttribute('aria-invalid')).toBe('true');

    await field(page, 'name').fill('Robin Vos');
    await field(page, 'businessHoursStart').fill('17:00');
    await field(page, 'businessHoursEnd').fill('09:00');
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('save-status').innerText()).toContain('correct the fields marked below (2)');
    expect(await page.getByTestId('error-businessHoursEnd').innerText()).toContain('later than the start');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hourlyRate');
    expect(await storedSettings()).toBeUndefined();

    await field(page, 'hourlyRate').fill('85,50');
    await field(page, 'businessHoursStart').fill('09:00');
    await field(page, 'businessHoursEnd').fill('17:00');
    for (const day of ['mon', 'tue', 'wed', 'thu']) await field(page, `businessDays-${day}`).check();
    await field(page, 'flags-guilt_tripping').uncheck();
    await page.getByTestId('field-replyLanguage').selectOption('en');
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('save-status').innerText()).toContain('Saved.');
    expect(await page.getByTestId('error-hourlyRate').count()).toBe(0);

    expect(await storedSettings()).toMatchObject({
      name: 'Robin Vos',
      hourlyRate: 85.5,
      businessHours: { start: '09:00', end: '17:00' },
      businessDays: ['mon', 'tue', 'wed', 'thu'],
      replyLanguage: 'en',
      flags: expect.objectContaining({ guilt_tripping: false, threat: true }),
    });

    // Reopened, the page shows what was saved.
    await page.reload();
    await page.getByTestId('settings-form').waitFor();
    expect(await field(page, 'name').inputValue()).toBe('Robin Vos');
    expect(await field(page, 'hourlyRate').inputValue()).toBe('85.5');
    expect(await field(page, 'businessDays-thu').isChecked()).toBe(true);
    expect(await field(page, 'businessDays-fri').isChecked()).toBe(false);

    // And the popup signs its replies with it, and quotes the rate.
    const fixture = caseNamed('thread-demanding-en');
    const gmail = await kalm.openGmail(fixture.name, fixture.url);
    const popup = await kalm.openPopup(await kalm.tabIdOf(gmail));
    await expect.poll(() => popup.getByTestId('reply-text').inputValue(), { timeout: 10_000 }).toContain('Robin Vos');
    expect(await popup.getByTestId('reply-text').inputValue()).toContain('€85.50');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('the preview follows every keystroke', async () => {
    const page = await kalm.openOptions();
    expect(await preview(page)).toMatch(/^(Hi|Dear|Hello) Alex/);
    await field(page, 'name').pressSequentially('Kim Jansen');
    await expect.poll(() => preview(page)).toContain('Kim Jansen');
    await field(page, 'hourlyRate').fill('120');
    await expect.poll(() => preview(page)).toContain('€120');
    await page.getByTestId('field-replyLanguage').selectOption('nl');
    await expect.poll(() => preview(page)).toMatch(/^(Hoi|Hallo|Beste) Jan/);
    await page.getByTestId('preview-sample').selectOption('payment');
    await field(page, 'depositPercent').fill('40');
    await expect.poll(() => preview(page)).toContain('40%');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('corrupt stored settings: the page opens on defaults, says what was reset, and saving repairs the store', async () => {
    await kalm.inWorker(`chrome.storage.sync.set({ settings: { version: 1, name: ['x'], hourlyRate: 'lots', businessDays: 7, flags: 'all', sensitivity: 'max' } })`);
    const page = await kalm.openOptions();
    const notice = await page.getByTestId('repaired-notice').innerText();
    for (const label of ['Your name', 'Hourly rate', 'Working days', 'Flags Kalm shows and answers', 'Sensitivity']) expect(notice).toContain(label);
    expect(await field(page, 'hourlyRate').inputValue()).toBe('');
    expect(await field(page, 'sensitivity-normal').isChecked()).toBe(true);
    expect(await preview(page)).toMatch(/^(Hi|Dear|Hello) Alex/);
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('save-status').innerText()).toContain('Saved.');
    const stored = await storedSettings();
    expect(stored).toMatchObject({ name: '', hourlyRate: null, businessDays: [], sensitivity: 'normal' });
    await page.reload();
    await page.getByTestId('settings-form').waitFor();
    expect(await page.getByTestId('repaired-notice').count()).toBe(0);
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('settings that are not even an object', async () => {
    await kalm.inWorker(`chrome.storage.sync.set({ settings: 'garbage' })`);
    const page = await kalm.openOptions();
    expect(await page.getByTestId('repaired-notice').innerText()).toContain('all settings');
    expect(await field(page, 'currency').inputValue()).toBe('EUR');
    expectNothingLeftAndNothingBroke(kalm);
  });
});
