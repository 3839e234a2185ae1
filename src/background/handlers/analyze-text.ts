import { analyze } from '../../classifier/index';
import type { Settings } from '../../shared/settings';
import { loadSettings } from '../../shared/storage';
import type { Analysis } from '../../shared/types';

/** Longest text analysed from the popup: the classifier reads at most this much anyway (MAX_ANALYSED_CHARS is 100 KB). */
const MAX_INPUT_CHARS = 400_000;

/**
 * The popup asks to analyse pasted or selected text (when Gmail cannot be read): the classifier
 * lives here so the popup stays small. The user's sensitivity and enabled flags apply, as on Gmail.
 */
export async function analyzeText(request: { text: string }): Promise<Analysis> {
  return analyzeTextWith(request, loadSettings);
}

export async function analyzeTextWith(request: { text: string }, load: () => Promise<Settings>): Promise<Analysis> {
  const text = typeof request?.text === 'string' ? request.text.slice(0, MAX_INPUT_CHARS) : '';
  let settings: Settings | undefined;
  try {
    settings = await load();
  } catch {
    settings = undefined; // unreadable storage: the classifier's defaults
  }
  return analyze(text, settings ? { sensitivity: settings.sensitivity, enabled: settings.flags } : {});
}
