/** The opening lines of an email body for the popup: a glance, not the whole email. */

export interface Preview {
  /** The first lines, line breaks kept; ends with "…" when a line was cut. */
  text: string;
  /** How many more non-empty lines the body has after `text`. */
  moreLines: number;
}

/** Lines shown by default: enough to recognise the email, short enough for a popup. */
export const PREVIEW_LINES = 6;
/** Characters shown at most, so one enormous line (a 1 MB email without breaks) stays a glance. */
export const PREVIEW_CHARS = 600;

export function firstLines(body: string, maxLines = PREVIEW_LINES, maxChars = PREVIEW_CHARS): Preview {
  const lines = body.split('\n');
  const shown: string[] = [];
  let chars = 0;
  let nonEmpty = 0;
  let i = 0;
  for (; i < lines.length && nonEmpty < maxLines && chars < maxChars; i++) {
    let line = lines[i]!;
    if (line.trim() !== '') nonEmpty++;
    if (chars + line.length > maxChars) line = `${line.slice(0, Math.max(0, maxChars - chars)).trimEnd()}…`;
    chars += line.length + 1;
    shown.push(line);
  }
  let moreLines = 0;
  for (; i < lines.length; i++) if (lines[i]!.trim() !== '') moreLines++;
  return { text: shown.join('\n').trim(), moreLines };
}
