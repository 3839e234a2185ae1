/**
 * The settings form as plain data: what the inputs hold (strings, as typed), how that becomes a
 * settings object for `validateSettings`, and which input and sentence each error belongs to.
 * Pure, so it is tested without a page.
 */
import { t, type MessageKey } from '../shared/i18n';
import { SETTINGS_VERSION, type Settings, type SettingKey, type SettingsError, type Weekday } from '../shared/settings';
import type { FlagId } from '../shared/types';

/** What the inputs hold: numbers as typed ("85,50"), hours as two time strings. */
export interface FormValues {
  name: string;
  businessName: string;
  signature: string;
  hourlyRate: string;
  currency: string;
  depositPercent: string;
  paymentTermDays: string;
  revisionRounds: string;
  responseTimeHours: string;
  businessHoursStart: string;
  businessHoursEnd: string;
  businessDays: Weekday[];
  replyLanguage: string;
  dutchAddress: string;
  sensitivity: string;
  flags: Record<FlagId, boolean>;
}

export const NUMBER_FIELDS = ['hourlyRate', 'depositPercent', 'paymentTermDays', 'revisionRounds', 'responseTimeHours'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

/** Longest text per text setting (the schema's limits), for the inputs' maxlength and the error. */
export const TEXT_MAX = { name: 80, businessName: 120, signature: 500 } as const;

const numberText = (n: number | null): string => (n === null ? '' : String(n));

export function fromSettings(s: Settings): FormValues {
  return {
    name: s.name,
    businessName: s.businessName,
    signature: s.signature,
    hourlyRate: numberText(s.hourlyRate),
    currency: s.currency,
    depositPercent: numberText(s.depositPercent),
    paymentTermDays: numberText(s.paymentTermDays),
    revisionRounds: numberText(s.revisionRounds),
    responseTimeHours: numberText(s.responseTimeHours),
    businessHoursStart: s.businessHours?.start ?? '',
    businessHoursEnd: s.businessHours?.end ?? '',
    businessDays: [...s.businessDays],
    replyLanguage: s.replyLanguage,
    dutchAddress: s.dutchAddress,
    sensitivity: s.sensitivity,
    flags: { ...s.flags },
  };
}

/** The form as a stored-settings object, for `validateSettings` to check and repair. */
export function toRaw(v: FormValues): Record<string, unknown> {
  const start = v.businessHoursStart.trim();
  const end = v.businessHoursEnd.trim();
  return {
    version: SETTINGS_VERSION,
    name: v.name,
    businessName: v.businessName,
    signature: v.signature,
    hourlyRate: v.hourlyRate,
    currency: v.currency,
    depositPercent: v.depositPercent,
    paymentTermDays: v.paymentTermDays,
    businessHours: start === '' && end === '' ? null : { start, end },
    businessDays: v.businessDays,
    revisionRounds: v.revisionRounds,
    responseTimeHours: v.responseTimeHours,
    replyLanguage: v.replyLanguage,
    dutchAddress: v.dutchAddress,
    flags: v.flags,
    sensitivity: v.sensitivity,
  };
}

/** The input (its id) an error belongs to: `businessHours.end` → `businessHoursEnd`. */
export function inputOf(field: string): string {
  if (field === 'businessHours' || field === 'businessHours.start') return 'businessHoursStart';
  if (field === 'businessHours.end') return 'businessHoursEnd';
  const top = field.split('.')[0]!;
  if (top === 'flags' || top === 'businessDays') return field.replace('.', '-');
  return top;
}

const OWN_MESSAGE: Partial<Record<string, MessageKey>> = {
  hourlyRate: 'options_error_hourlyRate',
  currency: 'options_error_currency',
  depositPercent: 'options_error_depositPercent',
  paymentTermDays: 'options_error_paymentTermDays',
  revisionRounds: 'options_error_revisionRounds',
  responseTimeHours: 'options_error_responseTimeHours',
  businessHoursStart: 'options_error_businessHoursStart',
  businessHoursEnd: 'options_error_businessHoursEnd',
};

/** A helpful sentence in the UI language for an error of `validateSettings`. */
export function errorMessage(error: SettingsError): string {
  const input = inputOf(error.field);
  if (input in TEXT_MAX) return t('options_error_text', String(TEXT_MAX[input as keyof typeof TEXT_MAX]));
  const own = OWN_MESSAGE[input];
  return own ? t(own) : t('options_error_other', error.message);
}

/** One message per input (the first error wins): input id → sentence. */
export function errorsByInput(errors: readonly SettingsError[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const error of errors) {
    const input = inputOf(error.field);
    if (!out.has(input)) out.set(input, errorMessage(error));
  }
  return out;
}

/** The label of a setting, to name it in the "repaired" notice. */
export function settingLabel(key: SettingKey | string): string {
  const top = key.split('.')[0]!;
  const labels: Partial<Record<string, MessageKey>> = {
    name: 'options_label_name',
    businessName: 'options_label_businessName',
    signature: 'options_label_signature',
    hourlyRate: 'options_label_hourlyRate',
    currency: 'options_label_currency',
    depositPercent: 'options_label_depositPercent',
    paymentTermDays: 'options_label_paymentTermDays',
    businessHours: 'options_label_businessHours',
    businessDays: 'options_label_businessDays',
    revisionRounds: 'options_label_revisionRounds',
    responseTimeHours: 'options_label_responseTimeHours',
    replyLanguage: 'options_label_replyLanguage',
    dutchAddress: 'options_label_dutchAddress',
    flags: 'options_label_flags',
    sensitivity: 'options_label_sensitivity',
  };
  const key2 = labels[top];
  return key2 ? t(key2) : top;
}

/**
 * The settings named in stored-settings errors, as labels for the user; `undefined` when nothing
 * was repaired. Unknown fields (left by an older or newer Kalm) are not the user's concern.
 */
export function repairedLabels(errors: readonly SettingsError[]): string[] | undefined {
  if (errors.some((e) => e.field === '(root)')) return [t('options_repairedAll')];
  const labels = new Set<string>();
  for (const e of errors) {
    if (e.message === 'is not a known setting' || e.field === 'version') continue;
    labels.add(settingLabel(e.field));
  }
  return labels.size ? [...labels] : undefined;
}
