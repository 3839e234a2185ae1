// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { elementText } from '../../../src/content/gmail/element-text';

function textOf(html: string, options?: Parameters<typeof elementText>[1]): string {
  const root = document.createElement('div');
  root.innerHTML = html; // test input only: the code under test never does this
  return elementText(root, options);
}

describe('elementText keeps the lines a reader sees', () => {
  test.each([
    ['Gmail editor lines with empty div>br lines', '<div dir="ltr">Hi Sam,<div><br></div><div>Line one</div><div>Line two</div></div>', 'Hi Sam,\n\nLine one\nLine two'],
    ['plain text shown with <br>', 'Hi Sam,<br><br>Can you call me?<br>Pat<br>', 'Hi Sam,\n\nCan you call me?\nPat'],
    ['paragraphs get a blank line', '<p>First</p><p>Second</p>', 'First\n\nSecond'],
    ['a trailing <br> in a block adds no empty line', '<div>text<br></div><div>next</div>', 'text\nnext'],
    ['source whitespace collapses', '<div>\n   Hello\n   <b>big</b>\n   world  </div>', 'Hello big world'],
    ['inline elements join without spaces', '<b>Hel</b><i>lo</i>', 'Hello'],
    ['&nbsp; becomes a space', 'a&nbsp;&nbsp;b', 'a b'],
    ['list items are lines', '<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['table cells on one line, rows on their own', '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>', 'a b\nc d'],
    ['pre keeps its own line breaks and spaces', '<pre>  x = 1\n  y = 2</pre>', '  x = 1\n  y = 2'],
    ['headings are paragraphs', '<h1>Title</h1>Body', 'Title\n\nBody'],
    ['entities stay text', '&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
  ])('%s', (_name, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });
});

describe('elementText leaves out what is not visible text', () => {
  test.each([
    ['style blocks', '<style>.x{color:red}</style>Hello', 'Hello'],
    ['script elements', 'Hello<script>evil()</script>', 'Hello'],
    ['display:none elements (preheaders)', '<div style="display: none">preview</div>Hello', 'Hello'],
    ['hidden elements', '<div hidden>secret</div>Hello', 'Hello'],
    ['images (alt text)', 'Hello <img alt="logo"> world', 'Hello world'],
    ['templates', '<template>tpl</template>Hello', 'Hello'],
  ])('%s', (_name, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });

  test('skip removes matching elements with their content', () => {
    expect(textOf('Mine<div class="gmail_quote">theirs</div><blockquote>old</blockquote>', { skip: '.gmail_quote, blockquote' })).toBe('Mine');
  });

  test('stop ends the text at the first match', () => {
    expect(textOf('<div>Mine</div><div id="m_1divRplyFwdMsg">From: x</div><div>old</div>', { stop: '[id$="divRplyFwdMsg"]' })).toBe('Mine');
  });
});

describe('elementText on hostile structure', () => {
  test('10,000 nested elements do not overflow the stack', () => {
    const root = document.createElement('div');
    let el: Element = root;
    for (let i = 0; i < 10_000; i++) {
      const child = document.createElement(i % 2 ? 'div' : 'span');
      el.appendChild(child);
      el = child;
    }
    el.appendChild(document.createTextNode('deep'));
    expect(elementText(root)).toBe('deep');
  });

  test('an empty element gives an empty string', () => {
    expect(textOf('')).toBe('');
    expect(textOf('<div><br></div><div><br></div>')).toBe('');
  });
});
