/**
 * Analyse the email that was read, with the user's sensitivity and enabled flags. The classifier
 * runs in the background (`analyzeText`): it and its model are most of Kalm's code, and whatever
 * the content script holds is loaded into every Gmail page. The body is the reader's plain text,
 * so it is always read as text (`html: false`): an email that merely talks about `</div>` must not
 * be reparsed as markup, or the evidence offsets would stop matching the words on screen.
 *
 * Remembers the last few results (and the runs still under way), so the banner, the badge and the
 * popup's `getAnalysis` share one run of the classifier per email and settings.
 */
import type { ReadEmailOk } from '../shared/email';
import { MAX_ANALYZE_CHARS, sendToExtension, type AnalyzeTextRequest } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { Analysis } from '../shared/types';

const CACHE_SIZE = 4;

export type AnalysisSettings = Pick<Settings, 'sensitivity' | 'flags'>;

/** Runs the classifier somewhere else: the background, or a stand-in in tests. */
export type AnalyzeRemote = (request: AnalyzeTextRequest) => Promise<Analysis>;

/** Enough of an Analysis to draw: an answer from another context is checked, not trusted. */
export function isAnalysis(value: unknown): value is Analysis {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Analysis>;
  return typeof v.text === 'string' && Array.isArray(v.flags) && typeof v.lang === 'string';
}

const askBackground: AnalyzeRemote = async (request) => {
  const answer: unknown = await sendToExtension('analyzeText', request);
  if (!isAnalysis(answer)) throw new Error('no analysis');
  return answer;
};

export function createEmailAnalyser(run: AnalyzeRemote = askBackground) {
  const cache = new Map<string, Promise<Analysis>>();
  return function analyseEmail(email: Pick<ReadEmailOk, 'messageId' | 'body'>, settings: AnalysisSettings): Promise<Analysis> {
    const key = `${settings.sensitivity}\u0000${JSON.stringify(settings.flags)}\u0000${email.messageId}\u0000${email.body}`;
    const known = cache.get(key);
    if (known) return known;
    const analysis = run({
      text: email.body.slice(0, MAX_ANALYZE_CHARS),
      html: false,
      sensitivity: settings.sensitivity,
      enabled: settings.flags,
    });
    cache.set(key, analysis);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    // A failed run is not remembered: the next read asks again.
    analysis.catch(() => {
      if (cache.get(key) === analysis) cache.delete(key);
    });
    return analysis;
  };
}

export type EmailAnalyser = ReturnType<typeof createEmailAnalyser>;
