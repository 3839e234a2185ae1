/**
 * Domain types shared by the classifier, the reply composer, the CLI and the extension.
 * Pure data: no browser APIs here.
 */

/** The eleven demanding patterns of DESIGN.md §1, in display order. */
export const FLAG_IDS = [
  'discount_pressure',
  'free_extras',
  'abusive_language',
  'refund_demand',
  'threat',
  'guarantee_demand',
  'deadline_pressure',
  'boundary_intrusion',
  'payment_stalling',
  'excessive_contact',
  'guilt_tripping',
] as const;

export type FlagId = (typeof FLAG_IDS)[number];

export type Severity = 'low' | 'medium' | 'high';

/** Severity per flag (DESIGN.md §1); replies address flags in this order, most severe first. */
export const FLAG_SEVERITY: Record<FlagId, Severity> = {
  discount_pressure: 'medium',
  free_extras: 'medium',
  abusive_language: 'high',
  refund_demand: 'high',
  threat: 'high',
  guarantee_demand: 'medium',
  deadline_pressure: 'medium',
  boundary_intrusion: 'medium',
  payment_stalling: 'medium',
  excessive_contact: 'low',
  guilt_tripping: 'low',
};

/** Languages the classifier and composer handle; 'other' means "not judged", never a guess. */
export type Lang = 'en' | 'nl' | 'other';

/** A character range in `Analysis.text` (UTF-16 offsets, end exclusive) and the words it covers. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface Flag {
  id: FlagId;
  /** 0..1, how sure the classifier is. */
  score: number;
  severity: Severity;
  evidence: Evidence[];
}

/** Why an input could not be analysed normally; absent for ordinary text. */
export type JunkReason = 'empty' | 'binary' | 'no-words' | 'only-url' | 'only-emoji';

export interface Analysis {
  /** The text the evidence offsets point into: the input itself for plain text, or its text form for HTML. */
  text: string;
  lang: Lang;
  /** Flags found, most severe first; empty for an ordinary message. */
  flags: Flag[];
  /** 0..100: how demanding the message is overall. */
  temperature: number;
  /** True when the input was longer than the analysis limit and only its start was read. */
  truncated: boolean;
  /** Set when the input is junk (empty, binary, only emoji or a URL); then flags is empty. */
  junk?: JunkReason;
}
