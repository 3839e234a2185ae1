/**
 * Reading one email for the command line: plain text, HTML, or a raw .eml message (headers,
 * multipart, quoted-printable and base64 bodies). Node only.
 */

export interface EmailInput {
  text: string;
  html: boolean;
  senderName?: string;
  subject?: string;
}

function headerBlock(raw: string): { headers: Map<string, string>; body: string } {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  let last = '';
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) { headers.set(last, headers.get(last) + ' ' + line.trim()); continue; }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    headers.set(last, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function charsetOf(contentType: string): string {
  return /charset="?([\w-]+)"?/i.exec(contentType)?.[1]?.toLowerCase() ?? 'utf-8';
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  try { return new TextDecoder(charset).decode(bytes); } catch { return new TextDecoder('utf-8').decode(bytes); }
}

function decodeBody(body: string, encoding: string, charset: string): string {
  const enc = encoding.toLowerCase();
  if (enc === 'base64') return decodeBytes(Buffer.from(body.replace(/\s+/g, ''), 'base64'), charset);
  if (enc === 'quoted-printable') {
    const joined = body.replace(/=\r?\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < joined.length; i++) {
      const hex = joined.slice(i + 1, i + 3);
      if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) { bytes.push(parseInt(hex, 16)); i += 2; }
      else {
        const code = joined.charCodeAt(i);
        if (code < 128) bytes.push(code);
        else bytes.push(...new TextEncoder().encode(joined[i]!));
      }
    }
    return decodeBytes(Uint8Array.from(bytes), charset);
  }
  return body;
}

/** RFC 2047 encoded words in headers ("=?utf-8?Q?...?="). */
function decodeWords(value: string): string {
  return value.replace(/=\?([\w-]+)\?([QqBb])\?([^?]{0,500})\?=/g, (_m, cs: string, kind: string, data: string) => {
    const bytes = kind.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64')
      : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
    return decodeBytes(new Uint8Array(bytes), cs.toLowerCase());
  });
}

interface Part { text: string; html: boolean }

function bestPart(headers: Map<string, string>, body: string, depth = 0): Part | undefined {
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary && depth < 5) {
    const parts = body.split('--' + boundary).slice(1).filter((p) => !p.startsWith('--'));
    let html: Part | undefined;
    for (const p of parts) {
      const sub = headerBlock(p.replace(/^\r?\n/, ''));
      const found = bestPart(sub.headers, sub.body, depth + 1);
      if (found && !found.html) return found;
      html ??= found;
    }
    return html;
  }
  if (!/^text\//i.test(type)) return undefined;
  const text = decodeBody(body, headers.get('content-transfer-encoding') ?? '7bit', charsetOf(type));
  return { text, html: /^text\/html/i.test(type) };
}

export function parseEml(raw: string): EmailInput {
  const { headers, body } = headerBlock(raw);
  const part = bestPart(headers, body) ?? { text: body, html: false };
  const from = decodeWords(headers.get('from') ?? '');
  const lt = from.indexOf('<');
  const senderName = lt > 0 ? from.slice(0, lt).trim().replace(/^"|"$/g, '').trim() || undefined : undefined;
  const subject = headers.has('subject') ? decodeWords(headers.get('subject')!) : undefined;
  return { text: part.text, html: part.html, senderName, subject };
}

/** Decide by file name and content how to read an input. */
export function readEmail(name: string, content: string): EmailInput {
  if (/\.eml$/i.test(name) || /^(?:from|received|return-path|mime-version|delivered-to|message-id):/im.test(content.slice(0, 300))) {
    return parseEml(content);
  }
  return { text: content, html: /\.html?$/i.test(name) };
}
