/**
 * Every reply Kalm suggests must itself pass Kalm's classifier with no flag (DESIGN.md §2):
 * a reply that reads as demanding would teach the client the very habits Kalm flags.
 * Runs the whole matrix (every flag alone, every pair, the common triples, all eleven, the five
 * seed situations × three tones × both languages × empty, partial and full settings).
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/classifier/index';
import { composeReplies } from '../../../src/replies/compose';
import { SETTINGS_CASES } from './helpers';
import { EVERYTHING, message, PAIRS, SINGLES, TRIPLES } from './messages';
import { SEEDS } from './seeds';

const inputs = [
  ...(['en', 'nl'] as const).flatMap((lang) => [...SINGLES, ...PAIRS, ...TRIPLES, ...EVERYTHING].map((flags) => [`${lang} ${flags.join('+')}`, message(lang, flags), 'Anna Visser'] as const)),
  ...SEEDS.flatMap((s) => (['en', 'nl'] as const).map((lang) => [`${lang} seed ${s.id}`, s[lang], s.sender] as const)),
];

describe.each(SETTINGS_CASES)('replies with %s settings', (_, settings) => {
  test.each(inputs)('%s: no reply is flagged', (__, analysis, sender) => {
    for (const reply of composeReplies(analysis, settings, { senderName: sender })) {
      const result = analyze(reply.text);
      const flagged = result.flags.map((f) => `${f.id} (${f.score}): ${f.evidence.map((e) => `"${e.text}"`).join(', ')}`);
      expect(flagged, `${reply.tone} reply:\n${reply.text}`).toEqual([]);
    }
  });

  test.each(inputs)('%s: the classifier reads each reply in its own language', (__, analysis, sender) => {
    for (const reply of composeReplies(analysis, settings, { senderName: sender })) {
      expect(analyze(reply.text).lang, reply.text).toBe(reply.lang);
    }
  });
});
