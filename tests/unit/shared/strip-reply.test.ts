import { checkSync } from 'recheck';
import { describe, expect, test } from 'vitest';
import { ALL_PATTERNS, findQuoteStart, findSignatureStart, stripReply, tidyText } from '../../../src/shared/strip-reply';

const lines = (...l: string[]) => l.join('\n');

describe('stripReply removes quoted replies', () => {
  test.each([
    [
      'Gmail "On … wrote:" (EN)',
      lines('Can you do it for less?', '', 'On Mon, 3 Jun 2024 at 10:15, Sam de Vries <sam@example.com> wrote:', '> Here is the quote.'),
      'Can you do it for less?',
    ],
    [
      'Gmail "On … wrote:" wrapped over two lines',
      lines('Can you do it for less?', '', 'On Mon, Jun 3, 2024 at 10:15 AM Sam de Vries <', 'sam@example.com> wrote:', '', '> Here is the quote.'),
      'Can you do it for less?',
    ],
    [
      'Apple Mail "On …, at …, … wrote:"',
      lines('Fine by me.', '', 'On 3 Jun 2024, at 10:15, Sam de Vries <sam@example.com> wrote:', '', 'Here is the quote.'),
      'Fine by me.',
    ],
    [
      'Gmail NL "Op … schreef …:"',
      lines('Kan het goedkoper?', '', 'Op ma 3 jun 2024 om 10:15 schreef Sam de Vries <sam@example.com>:', '', '> Hierbij de offerte.'),
      'Kan het goedkoper?',
    ],
    [
      'Gmail NL header wrapped over two lines',
      lines('Kan het goedkoper?', '', 'Op ma 3 jun 2024 om 10:15 schreef Sam de Vries <', 'sam@example.com>:', '> Hierbij de offerte.'),
      'Kan het goedkoper?',
    ],
    [
      'Apple Mail NL "Op … heeft … het volgende geschreven:"',
      lines('Prima.', '', 'Op 3 jun. 2024 om 10:15 heeft Sam de Vries <sam@example.com> het volgende geschreven:', '', 'Hierbij de offerte.'),
      'Prima.',
    ],
    [
      'Outlook "-----Original Message-----"',
      lines('Please hurry.', '', '-----Original Message-----', 'From: Sam <sam@example.com>', 'Sent: Monday', '', 'Old text'),
      'Please hurry.',
    ],
    [
      'Outlook header block under a rule',
      lines('We pay in 90 days.', '', '________________________________', 'From: Sam de Vries <sam@example.com>', 'Sent: Monday, June 3, 2024 10:15 AM', 'To: Chris', 'Subject: Invoice', '', 'Old text'),
      'We pay in 90 days.',
    ],
    [
      'Outlook NL "Van: / Verzonden:" block',
      lines('Wij betalen later.', '', 'Van: Sam de Vries <sam@example.com>', 'Verzonden: maandag 3 juni 2024 10:15', 'Aan: Jan', 'Onderwerp: Factuur', '', 'Oude tekst'),
      'Wij betalen later.',
    ],
    [
      'Outlook bold header fields',
      lines('Noted.', '*From:* Sam <sam@example.com>', '*Sent:* Monday', '', 'Old'),
      'Noted.',
    ],
    [
      'forwarded message (EN and NL)',
      lines('See below. Unacceptable.', '', '---------- Forwarded message ---------', 'From: Someone', 'Old'),
      'See below. Unacceptable.',
    ],
    [
      'Dutch forwarded message',
      lines('Zie hieronder.', '---------- Doorgestuurd bericht ---------', 'Van: Iemand'),
      'Zie hieronder.',
    ],
    ['">" lines without a header', lines('Yes, today.', '', '> Can you deliver today?', '> Thanks'), 'Yes, today.'],
    [
      'inline answers between ">" lines keep the answers',
      lines('> Can you deliver today?', 'No, on Friday.', '> And the price?', 'As quoted.'),
      'No, on Friday.\nAs quoted.',
    ],
  ])('%s', (_name, input, expected) => {
    expect(stripReply(input)).toBe(expected);
  });
});

describe('stripReply removes signatures', () => {
  test.each([
    ['"Met vriendelijke groet" and the lines after it', lines('Kan het morgen klaar zijn?', '', 'Met vriendelijke groet,', 'Jan Jansen', 'Bakkerij Jansen', '06-12345678'), 'Kan het morgen klaar zijn?'],
    ['"Met vriendelijke groet, Jan" on one line', lines('Graag vandaag nog.', 'Met vriendelijke groet, Jan'), 'Graag vandaag nog.'],
    ['"Vriendelijke groeten"', lines('Graag vandaag nog.', '', 'Vriendelijke groeten', 'Anne'), 'Graag vandaag nog.'],
    ['"Groetjes Anne"', lines('Tot morgen.', 'Groetjes Anne'), 'Tot morgen.'],
    ['"Mvg"', lines('Graag snel reactie.', 'Mvg,', 'Piet'), 'Graag snel reactie.'],
    ['"Sent from my iPhone"', lines('Call me tonight.', '', 'Sent from my iPhone'), 'Call me tonight.'],
    ['"Verstuurd vanaf mijn iPhone"', lines('Bel me vanavond.', '', 'Verstuurd vanaf mijn iPhone'), 'Bel me vanavond.'],
    ['"Verzonden vanaf mijn Samsung Galaxy-smartphone"', lines('Bel me.', 'Verzonden vanaf mijn Samsung Galaxy-smartphone.'), 'Bel me.'],
    ['"Get Outlook for Android"', lines('Call me.', '', 'Get Outlook for Android'), 'Call me.'],
    ['"-- " separator', lines('See you Monday.', '-- ', 'Alex Morgan', 'Client & Co.'), 'See you Monday.'],
    ['"Best regards,"', lines('Please send it by Friday.', '', 'Best regards,', 'Alex', 'Marketing lead'), 'Please send it by Friday.'],
    ['"Thanks," as a sign-off', lines('Please send it by Friday.', '', 'Thanks,', 'Alex'), 'Please send it by Friday.'],
    ['"Cheers, Robin" on one line', lines('Sunday works?', 'Cheers, Robin'), 'Sunday works?'],
    ['bare "Thanks" with just a name after it', lines('Send the files.', 'Thanks', 'Alex'), 'Send the files.'],
    ['signature then quote', lines('Nee.', '', 'Groet,', 'Jan', '', 'Op ma 3 jun 2024 om 10:15 schreef Sam <sam@example.com>:', '> Ja?'), 'Nee.'],
  ])('%s', (_name, input, expected) => {
    expect(stripReply(input)).toBe(expected);
  });
});

describe('stripReply keeps what the sender wrote', () => {
  test.each([
    ['"Thanks!" opening a longer message', lines('Hi Sam,', '', 'Thanks!', '', 'But I need the files by tomorrow.', 'And the invoice must be lower.', 'Otherwise I will leave a bad review.')],
    ['"Thanks for …" sentences', lines('Hi Sam,', 'Thanks for the quick reply', 'I still want a discount.')],
    ['a sign-off word followed by a long message', lines('Hi,', 'Regards', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j')],
    ['a line starting with "On" that is no header', lines('On Monday we agreed on the price.', 'Now you want more?')],
    ['a line starting with "Op" that is no header', lines('Op maandag hadden we een afspraak.', 'Kan het goedkoper?')],
    ['"From:" without the other header fields', lines('From: the board, a question.', 'Can you do it for less?')],
    ['a first line that looks like a sign-off', lines('Thanks,', 'the files arrived.')],
    ['Dutch "Bedankt!" with a request after it', lines('Hoi Sam,', 'Bedankt!', '', 'Maar het moet wel gratis.', 'En morgen klaar.', 'Anders bel ik mijn advocaat.')],
  ])('%s', (_name, input) => {
    expect(stripReply(input)).toBe(tidyText(input));
  });
});

describe('stripReply on junk', () => {
  test.each([
    ['empty', '', ''],
    ['only whitespace', ' \n\t\n ', ''],
    ['only a quote', lines('On Mon, 3 Jun 2024, Sam <sam@example.com> wrote:', '> hi'), ''],
    ['only a signature', lines('-- ', 'Alex'), ''],
    ['CRLF line ends', 'Hi\r\n\r\nSent from my iPhone\r\n', 'Hi'],
    ['binary-looking text', '\u0000\u0001\u0002 \uFFFD\uFFFD', '\u0000\u0001\u0002 \uFFFD\uFFFD'],
  ])('%s', (_name, input, expected) => {
    expect(stripReply(input)).toBe(expected);
  });

  test('a non-string does not throw', () => {
    expect(stripReply(undefined as unknown as string)).toBe('');
  });
});

describe('line finders', () => {
  test('findQuoteStart points at the header, or past the end', () => {
    expect(findQuoteStart(['a', 'On Mon, Sam <s@x.nl> wrote:', '> b'])).toBe(1);
    expect(findQuoteStart(['a', 'b'])).toBe(2);
  });
  test('findSignatureStart points at the sign-off, or past the end', () => {
    expect(findSignatureStart(['Hi', 'Do it.', 'Kind regards,', 'Alex'])).toBe(2);
    expect(findSignatureStart(['Hi', 'Do it.'])).toBe(2);
  });
});

describe('safe on hostile and huge input', () => {
  // recheck proves each pattern free of exponential and polynomial backtracking.
  test.each(ALL_PATTERNS.map((p) => [p.source.slice(0, 60), p] as const))('pattern %s is safe', (_name, pattern) => {
    const result = checkSync(pattern.source, pattern.flags, { timeout: 20_000 });
    expect(result.status, JSON.stringify(result)).toBe('safe');
  });

  test.each([
    ['many "On" lines', `${'On '.repeat(150)}\n`.repeat(7000)],
    ['many "Op … schreef" lines', `Op ${'schreef '.repeat(45)}\n`.repeat(3000)],
    ['one 1 MB line', 'x'.repeat(1_000_000)],
    ['many sign-offs', 'Thanks,\n'.repeat(100_000)],
    ['many dashes', `${'-'.repeat(300)}\n`.repeat(3000)],
  ])('%s finishes quickly', (_name, input) => {
    const started = performance.now();
    stripReply(input);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
