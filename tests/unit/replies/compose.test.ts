import { describe, expect, test } from 'vitest';
import { composeReplies, composeReply, greetingName, hash, orderFlags, replyLanguage, TONES } from '../../../src/replies/compose';
import { checkReply } from '../../../src/replies/lint';
import { repairSettings, type Settings } from '../../../src/shared/settings';
import { FLAG_IDS } from '../../../src/shared/types';
import { analysis, EMPTY_SETTINGS, FULL_SETTINGS } from './helpers';
import { message } from './messages';

const texts = (replies: { text: string }[]) => replies.map((r) => r.text);

describe('when there is nothing to answer', () => {
  test('a message without flags gets no replies: the UI says nothing is wrong', () => {
    expect(composeReplies(analysis('Thanks, the invoice is paid.', 'en', []), FULL_SETTINGS)).toEqual([]);
  });

  test('junk input gets no replies', () => {
    expect(composeReplies({ ...analysis('', 'other', []), junk: 'empty' }, FULL_SETTINGS)).toEqual([]);
  });

  test('flags the user switched off are not answered', () => {
    const off = repairSettings({ flags: { discount_pressure: false } });
    expect(composeReplies(message('en', ['discount_pressure']), off)).toEqual([]);
    const both = composeReplies(message('en', ['discount_pressure', 'deadline_pressure']), off);
    expect(both).toHaveLength(3);
    expect(both[0]!.text).not.toMatch(/quote|lower price|€/);
  });

  test('unknown flag ids (from an older or newer classifier) are ignored', () => {
    const a = message('en', ['refund_demand']);
    a.flags.push({ id: 'teapot' as never, score: 1, severity: 'high', evidence: [] });
    expect(composeReplies(a, EMPTY_SETTINGS)).toHaveLength(3);
  });
});

describe('the three replies', () => {
  test('come as warm, firm, part, each in the message language', () => {
    const replies = composeReplies(message('nl', ['free_extras']), FULL_SETTINGS);
    expect(replies.map((r) => [r.tone, r.lang])).toEqual([
      ['warm', 'nl'],
      ['firm', 'nl'],
      ['part', 'nl'],
    ]);
    expect(new Set(texts(replies)).size).toBe(3);
  });

  test('composeReply gives the one tone asked for', () => {
    const a = message('en', ['threat']);
    for (const tone of TONES) expect(composeReply(a, FULL_SETTINGS, tone)).toEqual(composeReplies(a, FULL_SETTINGS).find((r) => r.tone === tone));
    expect(composeReply(analysis('Hi.', 'en', []), FULL_SETTINGS, 'warm')).toBeUndefined();
  });

  test('part ways declines, thanks for the trust and points elsewhere', () => {
    const part = composeReply(message('en', ['discount_pressure']), EMPTY_SETTINGS, 'part')!.text;
    expect(part).toMatch(/trust|choosing to work with me/);
    expect(part).toMatch(/decided not to/);
    expect(part).toMatch(/specialist/);
  });
});

describe('language', () => {
  test.each([
    ['auto', 'en', 'en'],
    ['auto', 'nl', 'nl'],
    ['auto', 'other', 'en'],
    ['nl', 'en', 'nl'],
    ['en', 'nl', 'en'],
  ] as const)('setting %s with a %s message → %s', (setting, lang, out) => {
    expect(replyLanguage({ lang }, { replyLanguage: setting })).toBe(out);
  });

  test('a fixed reply language answers an English message in Dutch', () => {
    const replies = composeReplies(message('en', ['deadline_pressure']), repairSettings({ replyLanguage: 'nl' }));
    expect(replies.every((r) => r.lang === 'nl')).toBe(true);
    expect(replies[0]!.text).toMatch(/morgen/); // "by tomorrow morning" restated in Dutch
  });
});

describe('deterministic variation', () => {
  test('the same input gives the same replies', () => {
    const a = message('en', ['refund_demand', 'threat']);
    expect(composeReplies(a, FULL_SETTINGS)).toEqual(composeReplies(structuredClone(a), FULL_SETTINGS));
  });

  test('different messages get different phrasings', () => {
    const openings = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const a = analysis(`Hi Sam, can you do it cheaper? Order ${i}.`, 'en', [['discount_pressure', 'can you do it cheaper']]);
      openings.add(composeReplies(a, EMPTY_SETTINGS)[0]!.text.split('\n')[2]!);
    }
    expect(openings.size).toBeGreaterThan(2);
  });

  test('the hash is stable across runs and engines', () => {
    expect(hash('')).toBe(0x811c9dc5);
    expect(hash('kalm')).toBe(hash('kalm'));
    expect(hash('a')).not.toBe(hash('b'));
  });
});

describe('greeting', () => {
  test.each([
    ['Julia de Vries <julia@example.nl>', 'en', 'Julia'],
    ['"JULIA"', 'en', 'Julia'],
    ['de Vries, Julia', 'nl', 'Julia'],
    ['Mr Smith', 'en', 'Mr Smith'],
    ['Dhr. J. de Vries', 'nl', 'heer de Vries'],
    ['mevrouw Jansen', 'nl', 'mevrouw Jansen'],
    ['J. de Vries', 'nl', undefined],
    ['julia@example.nl', 'en', undefined],
    ['Team 42', 'en', undefined],
    ['', 'en', undefined],
    [undefined, 'en', undefined],
  ] as const)('%s → %s', (raw, lang, name) => {
    expect(greetingName(raw, lang)).toBe(name);
  });

  test('uses the name when known, and a plain hello when not', () => {
    const a = message('en', ['deadline_pressure']);
    expect(composeReply(a, EMPTY_SETTINGS, 'firm', { senderName: 'Julia de Vries' })!.text).toMatch(/^(Dear|Hello) Julia,\n/);
    expect(composeReply(a, EMPTY_SETTINGS, 'firm')!.text).toMatch(/^Hello,\n/);
  });
});

describe('je or u', () => {
  const formal = analysis('Geachte heer De Boer, kunt u de website vandaag nog opleveren? Uw planning klopt niet.', 'nl', [['deadline_pressure', 'vandaag nog opleveren']]);
  const informal = analysis('Hoi Sam, kun je de site vandaag nog opleveren? Je planning klopt niet.', 'nl', [['deadline_pressure', 'vandaag nog opleveren']]);
  const neutral = analysis('De site moet vandaag nog af.', 'nl', [['deadline_pressure', 'vandaag nog af']]);

  test('mirrors a client who writes u', () => {
    for (const r of composeReplies(formal, FULL_SETTINGS)) {
      expect(r.text).toMatch(/\b(u|uw)\b/);
      expect(r.text).not.toMatch(/\b(je|jij|jou|jouw)\b/i);
    }
  });

  test('mirrors a client who writes je, and defaults to je', () => {
    for (const a of [informal, neutral]) {
      for (const r of composeReplies(a, FULL_SETTINGS)) {
        expect(r.text).not.toMatch(/\b(u|uw)\b/);
        expect(r.text).toMatch(/\bje\b/);
      }
    }
  });

  test('a fixed setting wins', () => {
    const u = repairSettings({ ...FULL_SETTINGS, dutchAddress: 'u' });
    expect(composeReplies(informal, u).every((r) => !/\bje\b/i.test(r.text))).toBe(true);
  });
});

describe("the user's values appear where the strategy calls for them", () => {
  const cases = [
    ['discount_pressure', ['warm', 'firm', 'part'], { en: ['€85'], nl: ['€ 85'] }],
    ['free_extras', ['warm', 'firm'], { en: ['€85', 'two rounds of changes'], nl: ['€ 85', 'twee correctierondes'] }],
    ['payment_stalling', ['warm', 'firm'], { en: ['20%', '14 days'], nl: ['20%', '14 dagen'] }],
    ['payment_stalling', ['part'], { en: ['20%'], nl: ['20%'] }],
    ['boundary_intrusion', ['warm', 'firm'], { en: ['9 am to 5 pm', 'Monday to Friday'], nl: ['9.00 tot 17.00 uur', 'maandag tot en met vrijdag'] }],
    ['abusive_language', ['warm', 'firm'], { en: ['within a day'], nl: ['binnen een dag'] }],
    ['excessive_contact', ['warm', 'firm'], { en: ['within a day'], nl: ['binnen een dag'] }],
    ['guarantee_demand', ['warm', 'firm'], { en: ['two rounds of changes'], nl: ['twee correctierondes'] }],
    ['deadline_pressure', ['warm'], { en: ['€85'], nl: ['€ 85'] }],
  ] as const;

  test.each(cases.flatMap(([flag, tones, values]) => (['en', 'nl'] as const).flatMap((lang) => tones.map((tone) => [flag, tone, lang, values[lang]] as const))))(
    '%s · %s · %s',
    (flag, tone, lang, values) => {
      const text = composeReply(message(lang, [flag]), FULL_SETTINGS, tone)!.text;
      for (const v of values) expect(text, text).toContain(v);
    },
  );

  test('the signature closes every reply', () => {
    for (const r of composeReplies(message('en', ['threat']), FULL_SETTINGS)) expect(r.text.endsWith('\nSam de Jong\nStudio Kalm')).toBe(true);
    const noSignature = repairSettings({ name: 'Sam', businessName: 'Kalm BV' });
    expect(composeReply(message('en', ['threat']), noSignature, 'firm')!.text).toMatch(/,\nSam\nKalm BV$/);
  });

  test('with empty settings nothing stands in for a missing value', () => {
    for (const r of composeReplies(message('en', ['payment_stalling', 'discount_pressure', 'boundary_intrusion']), EMPTY_SETTINGS)) {
      expect(r.text).not.toMatch(/an hour|\d%|\d (?:am|pm)\b|\d+ days/);
    }
  });

  test('a value the user typed is never read as template syntax', () => {
    const odd = repairSettings({ businessName: '{rate} [je|u] Studio', signature: '{me}' });
    const text = composeReply(message('nl', ['threat']), odd, 'part')!.text;
    expect(text).toContain('{rate} [je|u] Studio');
    expect(text.endsWith('{me}')).toBe(true);
  });

  test('capitals the user typed (an acronym, a currency code) are theirs to use', () => {
    const acme = repairSettings({ businessName: 'ACME BV', hourlyRate: 95, currency: 'CHF', name: 'Sam' });
    for (const r of composeReplies(message('en', ['discount_pressure', 'payment_stalling']), acme)) {
      expect(checkReply(r.text, 'en', acme), r.text).toEqual([]);
    }
    expect(composeReply(message('en', ['discount_pressure']), acme, 'firm')!.text).toContain('95 CHF an hour');
  });

  test('an analysis read from JSON with a missing text still gets clean replies', () => {
    const a = { ...message('en', ['threat']), text: undefined as unknown as string };
    for (const r of composeReplies(a, FULL_SETTINGS)) expect(checkReply(r.text, 'en', FULL_SETTINGS)).toEqual([]);
  });

  test('settings that were never repaired do not break a reply', () => {
    const raw = { hourlyRate: 'lots', businessDays: 'weekdays' } as unknown as Settings;
    expect(composeReplies(message('en', ['discount_pressure']), raw)).toHaveLength(3);
  });
});

describe('what the client asked is restated from their own facts', () => {
  test('the amount of a discount request, in each language', () => {
    expect(composeReply(message('en', ['discount_pressure']), EMPTY_SETTINGS, 'warm')!.text).toContain('€2,500');
    expect(composeReply(message('nl', ['discount_pressure']), EMPTY_SETTINGS, 'warm')!.text).toContain('€ 2.500');
  });

  test('the day of a deadline', () => {
    const a = analysis('I need the logo by Friday.', 'en', [['deadline_pressure', 'by Friday']]);
    expect(composeReply(a, EMPTY_SETTINGS, 'firm')!.text).toMatch(/by Friday/);
  });

  test('a Sunday request against a Monday-to-Friday week', () => {
    const warm = composeReply(message('en', ['boundary_intrusion']), FULL_SETTINGS, 'warm')!.text;
    expect(warm).toMatch(/I do not work on Sunday, so that is not an option/);
    expect(warm).toMatch(/Monday/);
    const nl = composeReply(message('nl', ['boundary_intrusion']), FULL_SETTINGS, 'firm')!.text;
    expect(nl).toMatch(/Ik werk niet op zondag, dus dat is geen optie/);
    expect(nl).toMatch(/maandag/);
  });
});

describe('several flags make one letter', () => {
  test('most severe first: conduct, then the refund, then the threat, then the rest', () => {
    expect(orderFlags(['guilt_tripping', 'threat', 'discount_pressure', 'abusive_language', 'refund_demand'])).toEqual([
      'abusive_language',
      'refund_demand',
      'threat',
      'discount_pressure',
      'guilt_tripping',
    ]);
    const warm = composeReply(message('en', ['refund_demand', 'threat', 'abusive_language']), FULL_SETTINGS, 'warm')!.text;
    const conduct = warm.search(/respectful/);
    const refund = warm.search(/delivered/);
    const threat = warm.search(/rather/);
    expect(conduct).toBeGreaterThan(0);
    expect(conduct).toBeLessThan(refund);
    expect(refund).toBeLessThan(threat);
  });

  test('one listening sentence names the requests in that order', () => {
    const warm = composeReply(message('en', ['payment_stalling', 'discount_pressure']), EMPTY_SETTINGS, 'warm')!.text;
    expect(warm).toMatch(/(asking for|would like) a (lower )?price of €2,500 and a start without the deposit\./);
  });

  test('after abuse, a pause and a set time for the next update close the letter', () => {
    const firm = composeReply(message('en', ['abusive_language', 'deadline_pressure']), FULL_SETTINGS, 'firm')!.text;
    expect(firm).toMatch(/pause[^.]*\.\s*I will send you a status update within a day\.|pause here for now, and I will send you a status update within a day\./);
  });

  test('appreciation comes first when the client leans on the relationship', () => {
    const warm = composeReply(message('en', ['payment_stalling', 'guilt_tripping']), FULL_SETTINGS, 'warm')!.text;
    expect(warm.search(/value our work|grateful/)).toBeLessThan(warm.search(/deposit/));
  });

  test('all eleven flags at once still fit in one readable letter', () => {
    for (const r of composeReplies(message('nl', [...FLAG_IDS]), FULL_SETTINGS)) {
      expect(r.text.split(/\s+/).length).toBeLessThan(240);
    }
  });
});
