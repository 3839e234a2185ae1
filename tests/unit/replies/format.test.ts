import { expect, test } from 'vitest';
import {
  formatDays,
  formatHours,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRevisions,
  formatWithin,
  formatWorkdays,
  joinList,
  nextWorkday,
  numberWord,
} from '../../../src/replies/format';

test.each([
  [3000, 'en', '3,000'],
  [3000, 'nl', '3.000'],
  [85.5, 'en', '85.50'],
  [85.5, 'nl', '85,50'],
  [1234567, 'nl', '1.234.567'],
  [85, 'en', '85'],
] as const)('number %d in %s is %s', (n, lang, out) => {
  expect(formatNumber(n, lang)).toBe(out);
});

test.each([
  [85, 'EUR', 'en', '€85'],
  [85, 'EUR', 'nl', '€ 85'],
  [3000, 'EUR', 'nl', '€ 3.000'],
  [120, 'USD', 'en', '$120'],
  [95, 'GBP', 'en', '£95'],
  [90, 'CHF', 'en', '90 CHF'],
  [90.25, 'CHF', 'nl', '90,25 CHF'],
] as const)('money %d %s in %s is %s', (n, cur, lang, out) => {
  expect(formatMoney(n, cur, lang)).toBe(out);
});

test('percent, days, revisions and small numbers', () => {
  expect(formatPercent(20, 'en')).toBe('20%');
  expect(formatPercent(12.5, 'nl')).toBe('12,50%');
  expect(formatDays(14, 'en')).toBe('14 days');
  expect(formatDays(1, 'nl')).toBe('één dag');
  expect(formatRevisions(2, 'en')).toBe('two rounds of changes');
  expect(formatRevisions(1, 'en')).toBe('one round of changes');
  expect(formatRevisions(3, 'nl')).toBe('drie correctierondes');
  expect(formatRevisions(1, 'nl')).toBe('één correctieronde');
  expect(numberWord(12, 'nl')).toBe('twaalf');
  expect(numberWord(13, 'en')).toBe('13');
});

test('business hours', () => {
  expect(formatHours({ start: '09:00', end: '17:00' }, 'en')).toBe('9 am to 5 pm');
  expect(formatHours({ start: '08:30', end: '12:00' }, 'en')).toBe('8:30 am to 12 pm');
  expect(formatHours({ start: '09:00', end: '17:30' }, 'nl')).toBe('9.00 tot 17.30 uur');
});

test('working days read as a range or a list', () => {
  expect(formatWorkdays(['mon', 'tue', 'wed', 'thu', 'fri'], 'en')).toBe('Monday to Friday');
  expect(formatWorkdays(['mon', 'tue', 'wed', 'thu', 'fri'], 'nl')).toBe('van maandag tot en met vrijdag');
  expect(formatWorkdays(['mon', 'thu'], 'en')).toBe('on Monday and Thursday');
  expect(formatWorkdays(['fri', 'mon', 'wed'], 'nl')).toBe('op maandag, woensdag en vrijdag');
  expect(formatWorkdays(['sat'], 'en')).toBe('on Saturday');
});

test('the next working day wraps round the week', () => {
  const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
  expect(nextWorkday('sun', weekdays)).toBe('mon');
  expect(nextWorkday('fri', weekdays)).toBe('mon');
  expect(nextWorkday('tue', ['tue'])).toBe('tue');
  expect(nextWorkday('sun', [])).toBeUndefined();
});

test('response times', () => {
  expect(formatWithin(1, 'en')).toBe('within an hour');
  expect(formatWithin(4, 'en')).toBe('within 4 hours');
  expect(formatWithin(24, 'en')).toBe('within a day');
  expect(formatWithin(48, 'en')).toBe('within two days');
  expect(formatWithin(36, 'nl')).toBe('binnen 36 uur');
  expect(formatWithin(24, 'nl')).toBe('binnen een dag');
  expect(formatWithin(72, 'nl')).toBe('binnen drie dagen');
});

test('lists', () => {
  expect(joinList([], 'en')).toBe('');
  expect(joinList(['a'], 'en')).toBe('a');
  expect(joinList(['a', 'b'], 'nl')).toBe('a en b');
  expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
});
