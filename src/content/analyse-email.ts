/**
 * Analyse the email that was read, with the user's sensitivity and enabled flags. The body is the
 * reader's plain text, so it is always read as text (`html: false`): an email that merely talks
 * about `</div>` must not be reparsed as markup, or the evidence offsets would stop matching the
 * words on screen. Remembers the last few results, so the banner, the badge and the popup's
 * `getAnalysis` share one run of the classifier per email and settings.
 */
import { analyze } from '../classifier/index';
import type { ReadEmailOk } from '../shared/email';
import type { Settings } from '../shared/settings';
import type { Analysis } from '../shared/types';

const CACHE_SIZE = 4;

export type AnalysisSettings = Pick<Settings, 'sensitivity' | 'flags'>;

export function createEmailAnalyser(run: typeof analyze = analyze) {
  const cache = new Map<string, Analysis>();
  return function analyseEmail(email: Pick<ReadEmailOk, 'messageId' | 'body'>, settings: AnalysisSettings): Analysis {
    const key = `${settings.sensitivity}\u0000${JSON.stringify(settings.flags)}\u0000${email.messageId}\u0000${email.body}`;
    const known = cache.get(key);
    if (known) return known;
    const analysis = run(email.body, { html: false, sensitivity: settings.sensitivity, enabled: settings.flags });
    cache.set(key, analysis);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return analysis;
  };
}

/** Load the model and warm the code up while the page is idle, so the first email is analysed fast. */
export function warmUp(run: typeof analyze = analyze): void {
  run('Hi, could you do it for less by tomorrow? Thanks.', { html: false });
}
