/** A flag in plain words for the user, in the UI language (the popup and the settings page share these). */
import { t } from '../shared/i18n';
import type { FlagId, Severity } from '../shared/types';

/** "Asks for a discount or a lower price". */
export function flagTitle(id: FlagId): string {
  return t(`popup_flag_${id}`);
}

/** One line: why it matters and how a calm reply handles it. */
export function flagWhy(id: FlagId): string {
  return t(`popup_why_${id}`);
}

/** "mild", "notable", "serious": said in words, so colour is never the only cue. */
export function severityWord(severity: Severity): string {
  return t(`popup_severity_${severity}`);
}
