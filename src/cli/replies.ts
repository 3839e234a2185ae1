/** The command line's side of the reply composer: settings from a file, replies for an analysis. */
import { composeReplies } from '../replies/compose';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../shared/settings';
import type { Analysis } from '../shared/types';

export type ReplyTone = 'warm' | 'firm' | 'part';

export interface CliReplies {
  compose(a: Analysis, context: { senderName?: string; subject?: string }): { tone: ReplyTone; lang: string; text: string }[];
}

/** A settings file that is not JSON or has a bad field stops the run with a message naming it. */
export function loadReplies(settingsJson: string | undefined, name: string, fail: (m: string, code?: number) => never): CliReplies {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  if (settingsJson !== undefined) {
    let raw: unknown;
    try { raw = JSON.parse(settingsJson); } catch { fail(`settings file ${name} is not valid JSON`, 2); }
    const { settings: s, errors } = validateSettings(raw);
    if (errors.length > 0) fail(`settings file ${name}: ` + errors.map((e) => `${e.field}: ${e.message}`).join('; '), 2);
    settings = s;
  }
  return { compose: (a, context) => (a.flags.length ? composeReplies(a, settings, context) : []) };
}
