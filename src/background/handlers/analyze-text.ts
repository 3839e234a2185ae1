import { analyze, type AnalyzeOptions } from '../../classifier/index';
import { MAX_ANALYZE_CHARS, type AnalyzeTextRequest } from '../../shared/messages';
import { repairSettings, type Settings } from '../../shared/settings';
import { loadSettings } from '../../shared/storage';
import type { Analysis } from '../../shared/types';

/**
 * The classifier lives here, in the background, so that neither the Gmail page (where everything
 * of the content script is loaded on every visit) nor the popup has to load it. Two callers:
 * - the Gmail content script, for the open email: it sends the reader's plain text
 *   (`html: false`) with the user's sensitivity and flag switches, which it has loaded already;
 * - the popup, for pasted or selected text: the stored settings apply, as on Gmail.
 * Who may ask is checked before this runs (`ALLOWED_SENDER` in shared/messages.ts).
 */
export async function analyzeText(request: AnalyzeTextRequest): Promise<Analysis> {
  return analyzeTextWith(request, loadSettings);
}

export async function analyzeTextWith(
  request: AnalyzeTextRequest,
  load: () => Promise<Settings>,
  run: typeof analyze = analyze,
): Promise<Analysis> {
  const text = typeof request?.text === 'string' ? request.text.slice(0, MAX_ANALYZE_CHARS) : '';
  const options: AnalyzeOptions = await optionsFor(request, load);
  if (request?.html === false) options.html = false;
  analysed = true;
  return run(text, options);
}

async function optionsFor(request: AnalyzeTextRequest, load: () => Promise<Settings>): Promise<AnalyzeOptions> {
  if (request?.sensitivity !== undefined || request?.enabled !== undefined) {
    // Sent by our content script, yet still checked: a bad value falls back to its default.
    const given = repairSettings({ sensitivity: request.sensitivity, flags: request.enabled });
    return { sensitivity: given.sensitivity, enabled: given.flags };
  }
  try {
    const settings = await load();
    return { sensitivity: settings.sensitivity, enabled: settings.flags };
  } catch {
    return {}; // unreadable storage: the classifier's defaults
  }
}

/** Whether a real analysis has run in this copy of the background (then there is nothing to warm up). */
let analysed = false;

/**
 * Run the classifier once on a short text when the background starts, so the first email the
 * user opens is analysed without the start-up cost (compiling the classifier's code, first use
 * of the model). Skipped when a real request came first: it warmed things up itself.
 */
export function warmUp(run: typeof analyze = analyze): void {
  if (analysed) return;
  analysed = true;
  run('Hi, could you do it for less by tomorrow? Thanks.', { html: false });
}
