/**
 * The five seed situations read as the articles advise (DESIGN.md §2): calm confidence and an
 * offer to rework against a refund under threat, the rate kept and a smaller scope offered at
 * signing, "not open on Sunday, so that is not an option", the deposit from the written terms,
 * and a conduct boundary with a pause and a set time for the next update.
 */
import { describe, expect, test } from 'vitest';
import { composeReplies } from '../../../src/replies/compose';
import { checkReply } from '../../../src/replies/lint';
import { FULL_SETTINGS, SETTINGS_CASES } from './helpers';
import { SEEDS } from './seeds';

const seed = (id: string) => SEEDS.find((s) => s.id === id)!;
const reply = (id: string, lang: 'en' | 'nl', tone: 'warm' | 'firm' | 'part') =>
  composeReplies(seed(id)[lang], FULL_SETTINGS, { senderName: seed(id).sender }).find((r) => r.tone === tone)!.text;

test.each(SEEDS.flatMap((s) => (['en', 'nl'] as const).flatMap((lang) => SETTINGS_CASES.map(([name, settings]) => [s.id, lang, name, s[lang], settings, s.sender] as const))))(
  '%s · %s · %s settings meets the bar',
  (_, lang, __, a, settings, sender) => {
    const replies = composeReplies(a, settings, { senderName: sender });
    expect(replies).toHaveLength(3);
    for (const r of replies) {
      expect(r.lang).toBe(lang);
      expect(checkReply(r.text, lang, settings), r.text).toEqual([]);
    }
  },
);

describe('refund demand under threat of a lawsuit (000)', () => {
  test('warm: calm confidence, and an offer to rework', () => {
    expect(reply('refund-under-threat', 'en', 'warm')).toMatch(/confident|stand behind/);
    expect(reply('refund-under-threat', 'en', 'warm')).toMatch(/rework/);
    expect(reply('refund-under-threat', 'nl', 'warm')).toMatch(/overtuigd|sta achter/);
    expect(reply('refund-under-threat', 'nl', 'warm')).toMatch(/pas ik die aan|pas graag de delen aan/);
  });

  test('firm: no refund, the rework offer stands, no counter-threat', () => {
    const firm = reply('refund-under-threat', 'en', 'firm');
    expect(firm).toMatch(/invoice stands|payment stays as it is/);
    expect(firm).toMatch(/rework/);
    expect(firm).not.toMatch(/sue|court|lawyer|legal/i);
    expect(reply('refund-under-threat', 'nl', 'firm')).toMatch(/factuur blijft staan|betaling blijft zoals hij is/);
  });

  test('part: the payment stays, and the door closes courteously', () => {
    expect(reply('refund-under-threat', 'en', 'part')).toMatch(/leave the payment as it is|not return the payment/);
    expect(reply('refund-under-threat', 'nl', 'part')).toMatch(/betaling blijft|factuur blijft staan/);
  });
});

describe('price cut asked at signing (000)', () => {
  test.each(['warm', 'firm', 'part'] as const)('%s: the rate holds', (tone) => {
    expect(reply('price-cut-at-signing', 'en', tone)).toContain('€85 an hour');
    expect(reply('price-cut-at-signing', 'nl', tone)).toContain('€ 85 per uur');
  });

  test('warm and firm: a smaller scope for the budget the client named', () => {
    expect(reply('price-cut-at-signing', 'en', 'warm')).toMatch(/€3,000/);
    expect(reply('price-cut-at-signing', 'en', 'warm')).toMatch(/smaller/);
    expect(reply('price-cut-at-signing', 'en', 'firm')).toMatch(/smaller scope/);
    expect(reply('price-cut-at-signing', 'nl', 'firm')).toMatch(/kleinere opdracht/);
  });
});

describe('Sunday delivery (001)', () => {
  test('the article\'s own line: not open on Sunday, so that is not an option', () => {
    expect(reply('sunday-delivery', 'en', 'warm')).toMatch(/I do not work on Sunday, so that is not an option/);
    expect(reply('sunday-delivery', 'en', 'firm')).toMatch(/I do not work on Sunday, so that is not an option/);
    expect(reply('sunday-delivery', 'nl', 'firm')).toMatch(/Ik werk niet op zondag, dus dat is geen optie/);
  });

  test('with the hours and the next working day', () => {
    expect(reply('sunday-delivery', 'en', 'warm')).toMatch(/Monday to Friday, from 9 am to 5 pm/);
    expect(reply('sunday-delivery', 'en', 'warm')).toMatch(/Monday/);
    expect(reply('sunday-delivery', 'nl', 'warm')).toMatch(/9\.00 tot 17\.00 uur/);
  });

  test('a client who writes u gets u', () => {
    for (const tone of ['warm', 'firm', 'part'] as const) expect(reply('sunday-delivery', 'nl', tone)).not.toMatch(/\b(je|jij|jouw)\b/i);
  });
});

describe('refusing the 20% deposit (001)', () => {
  test('the deposit and the payment term from the written terms', () => {
    for (const tone of ['warm', 'firm'] as const) {
      expect(reply('deposit-refused', 'en', tone)).toMatch(/20% deposit/);
      expect(reply('deposit-refused', 'en', tone)).toMatch(/14 days/);
      expect(reply('deposit-refused', 'nl', tone)).toMatch(/aanbetaling van 20%/);
      expect(reply('deposit-refused', 'nl', tone)).toMatch(/14 dagen/);
    }
  });

  test('part: no start without it', () => {
    expect(reply('deposit-refused', 'en', 'part')).toMatch(/will not start without it/);
    expect(reply('deposit-refused', 'nl', 'part')).toMatch(/begin ik niet/);
  });
});

describe('offensive language (001)', () => {
  test('warm and firm: a conduct boundary, a pause, a status update at a set time', () => {
    for (const tone of ['warm', 'firm'] as const) {
      const en = reply('offensive-language', 'en', tone);
      expect(en).toMatch(/respectful/);
      expect(en).toMatch(/pause/);
      expect(en).toMatch(/status update within a day/);
      const nl = reply('offensive-language', 'nl', tone);
      expect(nl).toMatch(/respectvol/);
      expect(nl).toMatch(/pauze|laten rusten/);
      expect(nl).toMatch(/binnen een dag/);
    }
  });

  test('never insults back, never echoes the words', () => {
    for (const lang of ['en', 'nl'] as const) {
      for (const tone of ['warm', 'firm', 'part'] as const) {
        const text = reply('offensive-language', lang, tone);
        expect(text).not.toMatch(/stupid|garbage|child|gek|rommel|kind had/i);
        expect(text).not.toMatch(/\bNOW\b|\bNU\b/);
      }
    }
  });

  test('part: the line was crossed, and the work ends', () => {
    expect(reply('offensive-language', 'en', 'part')).toMatch(/crossed a line|crosses a line/);
    expect(reply('offensive-language', 'nl', 'part')).toMatch(/over een grens/);
  });
});
