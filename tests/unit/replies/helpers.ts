/**
 * Hand-written analyses and sample settings for the reply tests: the classifier's output shape,
 * built from a text and the exact words that carry each flag.
 */
import { FLAG_SEVERITY, type Analysis, type FlagId, type Lang } from '../../../src/shared/types';
import { repairSettings, type Settings } from '../../../src/shared/settings';

/** Build an Analysis: each flag points at the given substrings of `text` (which must occur in it). */
export function analysis(text: string, lang: Lang, flags: [FlagId, ...string[]][]): Analysis {
  return {
    text,
    lang,
    temperature: Math.min(100, 30 * flags.length),
    truncated: false,
    flags: flags.map(([id, ...quotes]) => ({
      id,
      score: 0.9,
      severity: FLAG_SEVERITY[id],
      evidence: quotes.map((q) => {
        const start = text.indexOf(q);
        if (start < 0) throw new Error(`evidence "${q}" not in text`);
        return { start, end: start + q.length, text: q };
      }),
    })),
  };
}

export const EMPTY_SETTINGS: Settings = repairSettings({});

export const PARTIAL_SETTINGS: Settings = repairSettings({
  name: 'Sam',
  hourlyRate: 85,
  businessDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
});

export const FULL_SETTINGS: Settings = repairSettings({
  name: 'Sam de Jong',
  businessName: 'Studio Kalm',
  signature: 'Sam de Jong\nStudio Kalm',
  hourlyRate: 85,
  currency: 'EUR',
  depositPercent: 20,
  paymentTermDays: 14,
  businessHours: { start: '09:00', end: '17:00' },
  businessDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  revisionRounds: 2,
  responseTimeHours: 24,
  replyLanguage: 'auto',
});

export const SETTINGS_CASES: [string, Settings][] = [
  ['empty', EMPTY_SETTINGS],
  ['partial', PARTIAL_SETTINGS],
  ['full', FULL_SETTINGS],
];
