/**
 * Example client emails for the settings page's live preview, already analysed (written out here,
 * so the settings page does not load the classifier): each situation shows other settings at work.
 */
import type { ReplyLang } from '../replies/format';
import { FLAG_SEVERITY, type Analysis, type FlagId } from '../shared/types';

export const SAMPLE_IDS = ['discount', 'extras', 'payment', 'weekend'] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];

export interface Sample {
  sender: string;
  analysis: Analysis;
}

/** `[flag, ...the exact words in the text that show it]`. */
type Marks = Array<[FlagId, ...string[]]>;

function analysed(text: string, lang: ReplyLang, marks: Marks): Analysis {
  return {
    text,
    lang,
    flags: marks.map(([id, ...words]) => ({
      id,
      score: 0.9,
      severity: FLAG_SEVERITY[id],
      evidence: words.map((w) => {
        const start = text.indexOf(w);
        if (start < 0) throw new Error(`sample: "${w}" is not in its text`);
        return { start, end: start + w.length, text: w };
      }),
    })),
    temperature: 60,
    truncated: false,
  };
}

const EN: Record<SampleId, Sample> = {
  discount: {
    sender: 'Alex Morgan',
    analysis: analysed(
      'Hi,\n\nThanks for the quote. Honestly, it is too expensive for us. Can you do it for 30% less? Another designer quoted us half your price.\n\nAlex',
      'en',
      [['discount_pressure', 'too expensive', 'Can you do it for 30% less?']],
    ),
  },
  extras: {
    sender: 'Alex Morgan',
    analysis: analysed(
      "Hi,\n\nWhile you're at it, could you add two extra pages? That should be included in the price. And we need everything by tomorrow morning.\n\nAlex",
      'en',
      [
        ['free_extras', "While you're at it", 'That should be included in the price'],
        ['deadline_pressure', 'by tomorrow morning'],
      ],
    ),
  },
  payment: {
    sender: 'Alex Morgan',
    analysis: analysed(
      "Hi,\n\nWe won't pay the deposit up front. We'll pay you next month, once the site is live and bringing in customers.\n\nAlex",
      'en',
      [['payment_stalling', "We won't pay the deposit up front", "We'll pay you next month"]],
    ),
  },
  weekend: {
    sender: 'Alex Morgan',
    analysis: analysed(
      'Hi,\n\nI tried to call you on Saturday evening. I expect you to answer at the weekend too, so call me anytime on Sunday.\n\nAlex',
      'en',
      [['boundary_intrusion', 'I expect you to answer at the weekend too', 'call me anytime on Sunday']],
    ),
  },
};

const NL: Record<SampleId, Sample> = {
  discount: {
    sender: 'Jan Jansen',
    analysis: analysed(
      'Hoi,\n\nBedankt voor de offerte. Eerlijk gezegd is het te duur voor ons. Kan het 30% goedkoper? Een andere ontwerper vraagt de helft.\n\nJan',
      'nl',
      [['discount_pressure', 'te duur', 'Kan het 30% goedkoper?']],
    ),
  },
  extras: {
    sender: 'Jan Jansen',
    analysis: analysed(
      "Hoi,\n\nKun je er even snel twee extra pagina's bij maken? Dat hoort er toch gewoon bij. En we hebben alles morgenochtend nodig.\n\nJan",
      'nl',
      [
        ['free_extras', 'even snel', 'Dat hoort er toch gewoon bij'],
        ['deadline_pressure', 'morgenochtend nodig'],
      ],
    ),
  },
  payment: {
    sender: 'Jan Jansen',
    analysis: analysed(
      'Hoi,\n\nDe aanbetaling doen we liever niet vooraf. We betalen je volgende maand, als de site live staat en klanten oplevert.\n\nJan',
      'nl',
      [['payment_stalling', 'De aanbetaling doen we liever niet vooraf', 'We betalen je volgende maand']],
    ),
  },
  weekend: {
    sender: 'Jan Jansen',
    analysis: analysed(
      'Hoi,\n\nIk heb je zaterdagavond gebeld. Ik verwacht dat je in het weekend ook antwoordt, dus bel me zondag gerust.\n\nJan',
      'nl',
      [['boundary_intrusion', 'in het weekend ook antwoordt', 'bel me zondag']],
    ),
  },
};

export const SAMPLES: Readonly<Record<ReplyLang, Record<SampleId, Sample>>> = { en: EN, nl: NL };

/** The example's language: the fixed reply language, else the language the user reads the page in. */
export function sampleLanguage(replyLanguage: string, uiLanguage: string): ReplyLang {
  if (replyLanguage === 'en' || replyLanguage === 'nl') return replyLanguage;
  return uiLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
