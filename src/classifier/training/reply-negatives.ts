/**
 * Kalm's own suggested replies as ordinary (no-flag) training lines. A calm reply restates what
 * the client asked ("you would like delivery on Sunday") and states the user's terms (deposit,
 * hours, rate): exactly the calm business mail the classifier must not flag, and the mail Kalm's
 * users send. Made from the training corpus's own demanding lines, never from the test corpus.
 */
import { composeReplies } from '../../replies/compose';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from '../../shared/settings';
import { FLAG_SEVERITY, type Analysis } from '../../shared/types';
import type { Example } from './corpus';

const FULL: Settings = repairSettings({
  name: 'Sam de Jong', businessName: 'Studio Noord', hourlyRate: 85, currency: 'EUR', depositPercent: 30,
  paymentTermDays: 14, businessHours: { start: '09:00', end: '17:30' }, businessDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  revisionRounds: 2, responseTimeHours: 24,
});
const SETTINGS = [DEFAULT_SETTINGS, FULL];

/** Replies (all three tones) to every `every`-th demanding example, with empty and full settings in turn. */
export function replyNegatives(examples: readonly Example[], every = 3): Example[] {
  const out: Example[] = [];
  let n = 0;
  for (const e of examples) {
    if (e.labels.length === 0 || n++ % every !== 0) continue;
    const analysis: Analysis = {
      text: e.text,
      lang: e.lang,
      truncated: false,
      temperature: 60,
      flags: e.labels.map((id) => ({ id, score: 0.9, severity: FLAG_SEVERITY[id], evidence: [{ start: 0, end: e.text.length, text: e.text }] })),
    };
    for (const reply of composeReplies(analysis, SETTINGS[n % SETTINGS.length]!, { senderName: 'Alex' })) {
      out.push({ text: reply.text, labels: [], lang: reply.lang, source: 'kalm-replies' });
    }
  }
  return out;
}
