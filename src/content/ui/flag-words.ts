/** The flags in plain words, as the banner shows them (public/_locales, prefix `banner_`). */
import type { MessageKey } from '../../shared/i18n';
import type { FlagId, Severity } from '../../shared/types';

export const FLAG_LABEL: Record<FlagId, MessageKey> = {
  discount_pressure: 'banner_flag_discount_pressure',
  free_extras: 'banner_flag_free_extras',
  abusive_language: 'banner_flag_abusive_language',
  refund_demand: 'banner_flag_refund_demand',
  threat: 'banner_flag_threat',
  guarantee_demand: 'banner_flag_guarantee_demand',
  deadline_pressure: 'banner_flag_deadline_pressure',
  boundary_intrusion: 'banner_flag_boundary_intrusion',
  payment_stalling: 'banner_flag_payment_stalling',
  excessive_contact: 'banner_flag_excessive_contact',
  guilt_tripping: 'banner_flag_guilt_tripping',
};

export const SEVERITY_LABEL: Record<Severity, MessageKey> = {
  high: 'banner_severity_high',
  medium: 'banner_severity_medium',
  low: 'banner_severity_low',
};
