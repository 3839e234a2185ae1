/**
 * The quality bar of issue 4 over the whole matrix: every flag alone, every pair, the common
 * triples and all eleven at once × three tones × both languages × empty, partial and full settings.
 */
import { describe, expect, test } from 'vitest';
import { composeReplies } from '../../../src/replies/compose';
import { checkReply } from '../../../src/replies/lint';
import { FLAG_IDS, type FlagId } from '../../../src/shared/types';
import { SETTINGS_CASES } from './helpers';
import { EVERYTHING, message, PAIRS, PIECES, SINGLES, TRIPLES } from './messages';

const COMBOS: [string, FlagId[][]][] = [
  ['single', SINGLES],
  ['pair', PAIRS],
  ['triple', TRIPLES],
  ['all eleven', EVERYTHING],
];

const ABUSIVE_WORDS: Record<'en' | 'nl', RegExp> = {
  en: /idiot|useless|child/i,
  nl: /prutser|stom|waardeloos|kind kan/i,
};

describe.each(['en', 'nl'] as const)('%s replies', (lang) => {
  describe.each(COMBOS)('%s flags', (_, combos) => {
    const cases = combos.flatMap((flags) => SETTINGS_CASES.map(([name, settings]) => [`${flags.join('+')} · ${name} settings`, flags, settings] as const));

    test.each(cases)('%s', (_, flags, settings) => {
      const replies = composeReplies(message(lang, flags), settings, { senderName: 'Anna Visser' });
      expect(replies.map((r) => r.tone)).toEqual(['warm', 'firm', 'part']);
      for (const reply of replies) {
        expect(reply.lang).toBe(lang);
        expect(checkReply(reply.text, lang, settings), `${reply.tone}:\n${reply.text}`).toEqual([]);
        // One letter: one greeting at the top, one sign-off at the bottom.
        const lines = reply.text.split('\n');
        expect(lines[0]).toMatch(/^(?:Hi|Hello|Dear|Hoi|Hallo|Beste) Anna,$/);
        const signoffs = lines.filter((l) => /^(?:Kind regards|With kind regards|Warm regards|Best wishes|Regards|Hartelijke groet|Met vriendelijke groet|Vriendelijke groet),$/.test(l));
        expect(signoffs, reply.text).toHaveLength(1);
        expect(reply.text.match(/\b(?:Hi|Hello|Dear|Hoi|Hallo|Beste) \p{L}/gu) ?? [], reply.text).toHaveLength(1);
        // Abuse is never echoed back, nor is any piece of the client's evidence beyond safe facts.
        expect(reply.text).not.toMatch(ABUSIVE_WORDS[lang]);
        for (const id of flags) {
          for (const ev of PIECES[lang][id].evidence) expect(reply.text.toLowerCase()).not.toContain(ev.toLowerCase());
        }
      }
    });
  });
});

test('the matrix covers every flag and both tones of every pair', () => {
  expect(SINGLES).toHaveLength(FLAG_IDS.length);
  expect(PAIRS).toHaveLength((FLAG_IDS.length * (FLAG_IDS.length - 1)) / 2);
});

/** Phrasings are picked by a hash of the message; other messages pick other phrasings, which must meet the bar too. */
describe.each(['en', 'nl'] as const)('every phrasing variant (%s)', (lang) => {
  test('singles, pairs and triples under twelve different message texts, with and without a name', () => {
    const problems: string[] = [];
    for (const flags of [...SINGLES, ...PAIRS, ...TRIPLES]) {
      for (const [name, settings] of SETTINGS_CASES) {
        for (let i = 0; i < 12; i++) {
          const a = message(lang, flags);
          a.text += ` ${i}`;
          for (const r of composeReplies(a, settings, { senderName: i % 2 ? 'Anna Visser' : undefined })) {
            const found = checkReply(r.text, lang, settings);
            if (found.length) problems.push(`${flags.join('+')} · ${name} · ${r.tone} · #${i}: ${found.join('; ')}\n${r.text}`);
          }
        }
      }
    }
    expect(problems.slice(0, 3)).toEqual([]);
  });
});
