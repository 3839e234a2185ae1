/**
 * The visible text of an email body, with the line breaks a reader sees: block elements and
 * `<br>` become newlines, source whitespace collapses as in rendering, `<pre>` keeps its own.
 *
 * Why not `innerText`: it needs layout (the content script would force a reflow of Gmail's whole
 * page, and happy-dom has none), and it cannot skip quoted parts. Why not `innerHTML`: email is
 * untrusted, and Kalm never turns it into markup. This walks the existing DOM and reads text nodes
 * only. Iterative, so a deeply nested 1 MB email cannot overflow the stack.
 */

/** Elements whose content is never visible text. */
export const NEVER_TEXT = new Set([
  'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'META', 'LINK', 'IFRAME', 'OBJECT',
  'EMBED', 'SVG', 'MATH', 'CANVAS', 'IMG', 'VIDEO', 'AUDIO', 'INPUT', 'SELECT', 'TEXTAREA', 'BUTTON',
]);

/** Elements that start and end a line. */
export const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'THEAD', 'TBODY',
  'TFOOT', 'TR', 'UL', 'CAPTION', 'LEGEND',
]);

/** Blocks with a margin above and below: a blank line around them. */
export const PARAGRAPHS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Table cells sit side by side on one line. */
export const CELLS = new Set(['TD', 'TH']);

const HIDDEN_STYLE = /display\s*:\s*none/i;

export interface ElementTextOptions {
  /** Elements matching this selector are left out with everything inside them. */
  skip?: string;
  /** At the first element matching this selector the text ends (e.g. Outlook's quote header). */
  stop?: string;
}

/** Hidden by Gmail's or the sender's markup (`hidden`, inline `display: none`). */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/**
 * Text of `root` as a reader sees it. Lines are trimmed at the end, leading/trailing blank lines
 * removed; nothing else is changed (quotes and signatures are the caller's business).
 */
export function elementText(root: Element, options: ElementTextOptions = {}): string {
  const parts: string[] = [];
  /** Newlines at the end of the output so far; -1 while nothing has been written. */
  let trailingNewlines = -1;
  let preDepth = 0;
  /** Whether a space is owed before the next word (collapsed whitespace). */
  let pendingSpace = false;

  const write = (text: string) => {
    parts.push(text);
    const lastBreak = text.lastIndexOf('\n');
    if (lastBreak === -1) {
      trailingNewlines = 0;
    } else if (lastBreak === text.length - 1) {
      let n = 0;
      while (n < text.length && text[text.length - 1 - n] === '\n') n++;
      trailingNewlines = n === text.length && trailingNewlines > 0 ? trailingNewlines + n : n;
    } else {
      trailingNewlines = 0;
    }
  };
  const breakLines = (count: number) => {
    pendingSpace = false;
    if (trailingNewlines < 0) return; // nothing written yet: no leading blank lines
    if (trailingNewlines < count) write('\n'.repeat(count - trailingNewlines));
  };
  const writeText = (raw: string) => {
    if (preDepth > 0) {
      write(raw.replace(/\r\n?/g, '\n'));
      pendingSpace = false;
      return;
    }
    const collapsed = raw.replace(/[\t\n\r\f \u00a0]+/g, ' ');
    if (collapsed === ' ') {
      pendingSpace = true;
      return;
    }
    const startsWithSpace = collapsed.startsWith(' ');
    const endsWithSpace = collapsed.endsWith(' ');
    const words = collapsed.trim();
    if ((pendingSpace || startsWithSpace) && trailingNewlines === 0) write(' ');
    write(words);
    pendingSpace = endsWithSpace;
  };

  type Step = { node: Node; exit: false } | { node: Element; exit: true };
  const stack: Step[] = [];
  for (let child = root.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false });

  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step.exit) {
      const tag = step.node.tagName.toUpperCase();
      if (tag === 'PRE') preDepth--;
      if (PARAGRAPHS.has(tag)) breakLines(2);
      else if (BLOCKS.has(tag)) breakLines(1);
      else if (CELLS.has(tag)) pendingSpace = true;
      continue;
    }
    const node = step.node;
    if (node.nodeType === 3 /* TEXT_NODE */) {
      writeText((node as Text).data);
      continue;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (options.stop && element.matches(options.stop)) break;
    if (NEVER_TEXT.has(tag) || isHidden(element)) continue;
    if (options.skip && element.matches(options.skip)) continue;
    if (tag === 'BR') {
      pendingSpace = false;
      write('\n');
      continue;
    }
    if (PARAGRAPHS.has(tag)) breakLines(2);
    else if (BLOCKS.has(tag)) breakLines(1);
    if (tag === 'PRE') preDepth++;
    stack.push({ node: element, exit: true });
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false });
  }

  return parts
    .join('')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+/, '')
    .trimEnd(); // not /\n+$/: that backtracks on long runs of blank lines
}
