import { describe, expect, test } from 'vitest';
import { detectAddress, evidenceContext, extractFacts, findAmounts, parseNumber } from '../../../src/replies/extract';
import { analysis } from './helpers';

describe('numbers', () => {
  test.each([
    ['3,000', 3000],
    ['3.000', 3000],
    ['3.000,50', 3000.5],
    ['3,000.50', 3000.5],
    ['85.50', 85.5],
    ['85,5', 85.5],
    ['1.250.000', 1250000],
    ['450', 450],
    ['450.', 450],
  ])('%s → %d', (raw, n) => {
    expect(parseNumber(raw)).toBe(n);
  });

  test.each(['3,000,5', '3.000.50'])('%s is ambiguous', (raw) => {
    expect(parseNumber(raw)).toBeUndefined();
  });
});

describe('amounts', () => {
  test.each([
    ['can you do it for €3,000?', [{ value: 3000, currency: 'EUR' }]],
    ['kan het voor € 2.500', [{ value: 2500, currency: 'EUR' }]],
    ['max 2500 euro', [{ value: 2500, currency: 'EUR' }]],
    ['how about 3k eur', [{ value: 3000, currency: 'EUR' }]],
    ['i can pay $450', [{ value: 450, currency: 'USD' }]],
    ['£95 an hour', [{ value: 95, currency: 'GBP' }]],
    ['150 dollars', [{ value: 150, currency: 'USD' }]],
    ['would you take 120 for it', []],
    ['v2 with 3 pages by 5 pm', []],
    ['€4,800 is too much, can you do €3,000', [{ value: 4800, currency: 'EUR' }, { value: 3000, currency: 'EUR' }]],
  ])('%s', (text, found) => {
    expect(findAmounts(text)).toEqual(found);
  });
});

test('the evidence context is its sentence, lower-cased, and never runs past the text', () => {
  const text = 'Hi. The quote is €3.000 too high. Could you do €2.500? Thanks.';
  const start = text.indexOf('Could');
  expect(evidenceContext(text, { start, end: start + 5, text: 'Could' })).toBe(' could you do €2.500');
  expect(evidenceContext(text, { start: -10, end: 999, text: '' })).toContain('hi');
});

describe('facts', () => {
  test('one amount in the discount request is restated; two are not', () => {
    const one = analysis('Could you do it for €3,000 instead? We want the full package.', 'en', [['discount_pressure', 'Could you do it for €3,000 instead?']]);
    expect(extractFacts(one).amount).toEqual({ value: 3000, currency: 'EUR' });
    const two = analysis('At €4,800 it is too much, can you do €3,000?', 'en', [['discount_pressure', 'too much, can you do']]);
    expect(extractFacts(two).amount).toBeUndefined();
  });

  test.each([
    ['I need it by Friday.', 'by Friday', { kind: 'day', day: 'fri' }],
    ['Send it by tomorrow morning please.', 'by tomorrow morning', { kind: 'tomorrow' }],
    ['It has to be done today or else.', 'done today', { kind: 'today' }],
    ['Het moet morgenochtend af zijn.', 'morgenochtend af', { kind: 'tomorrow' }],
    ['Graag vandaag nog.', 'vandaag nog', { kind: 'today' }],
    ['ASAP!!', 'ASAP', undefined],
  ])('deadline in %s', (text, ev, due) => {
    expect(extractFacts(analysis(text, 'en', [['deadline_pressure', ev]])).due).toEqual(due);
  });

  test.each([
    ['Please deliver it on Sunday.', 'deliver it on Sunday', { kind: 'day', day: 'sun' }, 'delivery'],
    ['Call me anytime, also at night.', 'Call me anytime', { kind: 'anytime' }, 'contact'],
    ['Why no answer last night?', 'no answer last night', { kind: 'evening' }, 'contact'],
    ['Why did you not answer at the weekend?', 'not answer at the weekend', { kind: 'weekend' }, 'contact'],
    ['Kunt u de bestelling op zondag bezorgen?', 'op zondag bezorgen', { kind: 'day', day: 'sun' }, 'delivery'],
    ["Ik verwacht dat je 's avonds ook bereikbaar bent.", "'s avonds ook bereikbaar", { kind: 'evening' }, 'contact'],
  ] as const)('out of hours in %s', (text, ev, when, kind) => {
    const facts = extractFacts(analysis(text, 'en', [['boundary_intrusion', ev]]));
    expect(facts.when).toEqual(when);
    expect(facts.boundaryKind).toBe(kind);
  });

  test.each([
    ["I'm not paying a deposit up front.", 'not paying a deposit', 'deposit'],
    ['Die aanbetaling betaal ik niet.', 'aanbetaling betaal ik niet', 'deposit'],
    ['Can I pay you next month instead?', 'pay you next month', 'later'],
    ['Kan ik volgende maand betalen?', 'volgende maand betalen', 'later'],
    ['Can we do it for exposure?', 'for exposure', 'other'],
  ] as const)('payment request in %s', (text, ev, kind) => {
    expect(extractFacts(analysis(text, 'en', [['payment_stalling', ev]])).paymentKind).toBe(kind);
  });

  test('no flag, no facts; bad offsets and huge text do not throw', () => {
    expect(extractFacts(analysis('Hello there.', 'en', []))).toEqual({ boundaryKind: 'contact', paymentKind: 'other' });
    const a = analysis('x', 'en', [['deadline_pressure', 'x']]);
    a.flags[0]!.evidence = [{ start: 50, end: -3, text: '' }];
    expect(() => extractFacts(a)).not.toThrow();
    const huge = `${'a '.repeat(200_000)}by Friday ${'b '.repeat(200_000)}`;
    const started = performance.now();
    extractFacts(analysis(huge, 'en', [['deadline_pressure', 'by Friday']]));
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('je or u', () => {
  test.each([
    ['Kunt u mij laten weten wanneer uw factuur komt?', 'u'],
    ['Geachte heer Jansen, ik wacht op de levering.', 'u'],
    ['Kun je even laten weten wanneer je klaar bent?', 'je'],
    ['Heb jij die bestanden nog? Jouw vorige mail was onduidelijk.', 'je'],
    ['De site moet morgen af.', undefined],
    ['Kunt u dat regelen? Je weet maar nooit.', 'u'],
  ])('%s → %s', (text, form) => {
    expect(detectAddress(text)).toBe(form);
  });

  test('only read in Dutch messages ("u" is "you" in English chat)', () => {
    expect(extractFacts(analysis('can u do it cheaper', 'en', [])).address).toBeUndefined();
    expect(extractFacts(analysis('Kunt u het goedkoper doen?', 'nl', [])).address).toBe('u');
  });
});
