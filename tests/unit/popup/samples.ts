/** Analyses and emails for the popup's component tests: written out, so classifier tuning cannot move them. */
import type { ReadEmailOk } from '../../../src/shared/email';
import { FLAG_SEVERITY, type Analysis, type Flag, type FlagId } from '../../../src/shared/types';

/** A flag whose evidence is each of `words`, found in `text`. */
export function flag(id: FlagId, text: string, ...words: string[]): Flag {
  return {
    id,
    score: 0.9,
    severity: FLAG_SEVERITY[id],
    evidence: words.map((w) => {
      const start = text.indexOf(w);
      if (start < 0) throw new Error(`"${w}" is not in the text`);
      return { start, end: start + w.length, text: w };
    }),
  };
}

export const DEMANDING_TEXT =
  'Hi Sam,\n\nYour quote is too expensive. Can you do it for 30% less? ' +
  'And while you are at it, add two extra pages at no cost. We need everything by tomorrow.\n\nAlex';

export const DEMANDING: Analysis = {
  text: DEMANDING_TEXT,
  lang: 'en',
  flags: [
    flag('discount_pressure', DEMANDING_TEXT, 'too expensive', 'Can you do it for 30% less?'),
    flag('free_extras', DEMANDING_TEXT, 'two extra pages at no cost'),
    flag('deadline_pressure', DEMANDING_TEXT, 'by tomorrow'),
  ],
  temperature: 70,
  truncated: false,
};

export const DUTCH_TEXT = 'Beste Sam,\n\nDit is veel te duur. Kan het niet wat goedkoper? Ik wil het morgen af hebben.\n\nJan';
export const DUTCH: Analysis = {
  text: DUTCH_TEXT,
  lang: 'nl',
  flags: [flag('discount_pressure', DUTCH_TEXT, 'veel te duur', 'Kan het niet wat goedkoper?'), flag('deadline_pressure', DUTCH_TEXT, 'morgen af')],
  temperature: 60,
  truncated: false,
};

export const ORDINARY: Analysis = {
  text: 'Hi Sam,\n\nThanks for the drafts. Could we talk on Thursday?\n\nAlex',
  lang: 'en',
  flags: [],
  temperature: 0,
  truncated: false,
};

export const EMAIL: ReadEmailOk = {
  ok: true,
  sender: { name: 'Alex Morgan', email: 'alex@client.example' },
  subject: 'Logo revisions',
  date: 'Mon, 3 Jun 2024, 10:15',
  body: DEMANDING_TEXT,
  messageId: 'msg-f:1',
  threadId: 'thread-f:1',
};

export const DUTCH_EMAIL: ReadEmailOk = {
  ...EMAIL,
  sender: { name: 'Jan Jansen', email: 'jan@klant.example' },
  subject: 'Offerte',
  body: DUTCH_TEXT,
  messageId: 'msg-f:2',
  threadId: 'thread-f:2',
};
