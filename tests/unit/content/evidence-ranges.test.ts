// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { buildTextMap, evidenceRanges } from '../../../src/content/gmail/evidence-ranges';
import { bodyText, locateEmail } from '../../../src/content/gmail/read-email';
import type { Evidence } from '../../../src/shared/types';
import { caseNamed } from '../../fixtures/gmail/cases';
import { openGmailPage, type GmailPage } from '../helpers/gmail-dom';

const open: GmailPage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});

function body(html: string): Element {
  const page = openGmailPage('inbox');
  open.push(page);
  const div = page.document.createElement('div');
  div.className = 'a3s';
  div.innerHTML = html;
  page.document.body.append(div);
  return div;
}

function fixtureBody(name: string): Element {
  const fixture = caseNamed(name);
  const page = openGmailPage(fixture.name, fixture.url);
  open.push(page);
  const located = locateEmail(page.document);
  if (!located.ok) throw new Error(`no email in ${name}`);
  return located.body;
}

/** Evidence as the classifier gives it: the words at their place in the analysed text. */
function evidenceOf(text: string, words: string, nth = 0): Evidence {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { start, end: start + words.length, text: words };
}

describe('evidence ranges in the message', () => {
  test('cover exactly the words, across Gmail\'s line divs', () => {
    const el = fixtureBody('thread-demanding-en');
    const text = bodyText(el);
    const evidence = ['do it for less', 'Another designer quoted me half', "While you're at it", 'ASAP'].map((w) => evidenceOf(text, w));
    const ranges = evidenceRanges(el, text, evidence);
    expect(ranges.map((r) => r.toString())).toEqual(['do it for less', 'Another designer quoted me half', "While you're at it", 'ASAP']);
    // The ranges are over Gmail's own text nodes: nothing was added to the message.
    for (const range of ranges) expect(el.contains(range.startContainer)).toBe(true);
    expect(el.querySelectorAll('mark, span[class*="kalm"]').length).toBe(0);
  });

  test('span element boundaries and collapsed whitespace', () => {
    const el = body('<div>Please   pay <b>within</b>\n  seven days.</div><div>I need it by</div><div>tomorrow morning.</div>');
    const text = bodyText(el);
    expect(text).toBe('Please pay within seven days.\nI need it by\ntomorrow morning.');
    const ranges = evidenceRanges(el, text, [evidenceOf(text, 'pay within seven'), evidenceOf(text, 'by\ntomorrow')]);
    expect(ranges.map((r) => r.toString())).toEqual(['pay within\n  seven', 'bytomorrow']);
    expect(ranges[1]!.startContainer.textContent).toBe('I need it by');
    expect(ranges[1]!.endContainer.textContent).toBe('tomorrow morning.');
  });

  test('pick the same occurrence as the analysis when the words repeat', () => {
    const el = body('<div>ASAP is fine for the logo.</div><div>But the site: ASAP, really ASAP.</div>');
    const text = bodyText(el);
    const [third] = evidenceRanges(el, text, [evidenceOf(text, 'ASAP', 2)]);
    const [second] = evidenceRanges(el, text, [evidenceOf(text, 'ASAP', 1)]);
    expect(third!.startContainer.textContent).toBe('But the site: ASAP, really ASAP.');
    expect(third!.startOffset).toBe(27);
    expect(second!.startOffset).toBe(14);
  });

  test('skip the quote and the signature, as the reader does', () => {
    const el = body(
      '<div>Can you do it for less?</div><div class="gmail_quote">On Mon, Sam wrote: can you do it for less?</div>' +
        '<div class="gmail_signature">Alex, who always asks for less</div>',
    );
    const map = buildTextMap(el);
    expect(map.text).toBe('Can you do it for less? ');
    const text = bodyText(el);
    const [range] = evidenceRanges(el, text, [evidenceOf(text, 'do it for less')], map);
    expect(range!.startContainer.parentElement!.className).toBe('');
  });

  test('match when only the case differs, and leave out words that are not there', () => {
    const el = body('<div>I want a FULL REFUND now.</div>');
    const ranges = evidenceRanges(el, 'I want a full refund now.', [
      { start: 9, end: 20, text: 'full refund' },
      { start: 0, end: 6, text: 'lawyer' },
    ]);
    expect(ranges.map((r) => r.toString())).toEqual(['FULL REFUND']);
  });

  test('stop mapping a huge body after the part the classifier reads', () => {
    const el = fixtureBody('thread-huge-body');
    const map = buildTextMap(el);
    expect(map.text.length).toBeLessThan(130_000);
    expect(map.text.startsWith('Hi Sam, This is a very long email.')).toBe(true);
  });

  test('read HTML-looking text as text', () => {
    const el = fixtureBody('thread-hostile');
    const text = bodyText(el);
    const [range] = evidenceRanges(el, text, [evidenceOf(text, '<b>I want a full refund</b>')]);
    expect(range!.toString()).toBe('<b>I want a full refund</b>');
  });
});
