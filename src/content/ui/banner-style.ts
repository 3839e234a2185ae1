/**
 * The banner's styles, inside its shadow root (Gmail's CSS cannot reach in, Kalm's cannot leak
 * out). Calm colours: a low flag is grey-blue, medium sand, high a muted terracotta — no alarm
 * red. Every text/background pair meets WCAG AA (4.5:1) in both themes.
 */
export const BANNER_CSS = `
:host { all: initial; display: block; margin: 4px 0 14px; }
.kalm {
  --bg: #f3f6fa; --fg: #1f2a37; --muted: #4a5565; --border: #d3dbe6;
  --primary-bg: #2c5a87; --primary-fg: #ffffff; --focus: #1a73e8;
  --quote-bg: #ffffff; --quote-border: #c9d3df;
  --high-bg: #f6e1d9; --high-fg: #7a2e17;
  --medium-bg: #f7ecd3; --medium-fg: #5f430c;
  --low-bg: #e3e9f2; --low-fg: #2f4560;
  box-sizing: border-box; max-width: 760px; padding: 12px 14px;
  border: 1px solid var(--border); border-radius: 10px; background: var(--bg); color: var(--fg);
  font: 14px/1.45 "Google Sans", Roboto, Arial, Helvetica, sans-serif; text-align: start;
}
.kalm[data-theme="dark"] {
  --bg: #2a2f37; --fg: #e8eaed; --muted: #c0c5cc; --border: #444b56;
  --primary-bg: #8ab4f8; --primary-fg: #1b1c1f; --focus: #8ab4f8;
  --quote-bg: #1f2329; --quote-border: #4a515c;
  --high-bg: #4d2f27; --high-fg: #f7cbbd;
  --medium-bg: #463c24; --medium-fg: #f1dba5;
  --low-bg: #2f3a4a; --low-fg: #cbd8ea;
}
*, *::before, *::after { box-sizing: inherit; }
.top { display: flex; align-items: flex-start; gap: 10px; }
.mark {
  flex: none; display: inline-grid; place-items: center; width: 26px; height: 26px; border-radius: 50%;
  background: var(--primary-bg); color: var(--primary-fg); font-weight: 700; font-size: 14px;
}
.titles { flex: 1; min-width: 0; }
.heading { margin: 2px 0 0; font-size: 15px; font-weight: 600; line-height: 1.35; }
.from { margin: 2px 0 0; color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
.flags { list-style: none; margin: 10px 0 0; padding: 0; display: grid; gap: 8px; }
.flag { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; }
.sev {
  flex: none; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600;
}
.sev-high .sev { background: var(--high-bg); color: var(--high-fg); }
.sev-medium .sev { background: var(--medium-bg); color: var(--medium-fg); }
.sev-low .sev { background: var(--low-bg); color: var(--low-fg); }
.label { font-weight: 500; }
.evidence { flex-basis: 100%; display: flex; flex-wrap: wrap; gap: 4px 6px; align-items: baseline; color: var(--muted); font-size: 13px; }
.quote {
  font: inherit; color: var(--fg); background: var(--quote-bg); border: 1px solid var(--quote-border);
  border-radius: 6px; padding: 0 6px; cursor: pointer; overflow-wrap: anywhere; text-align: start;
}
.note { margin: 10px 0 0; color: var(--muted); font-size: 13px; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; margin-top: 12px; }
.hint { margin: 0; flex: 1; min-width: 200px; color: var(--muted); font-size: 13px; }
.hint:empty { display: none; }
button { font: inherit; }
.primary {
  border: 0; border-radius: 18px; padding: 6px 16px; background: var(--primary-bg); color: var(--primary-fg);
  font-weight: 600; cursor: pointer;
}
.dismiss {
  flex: none; border: 1px solid var(--border); border-radius: 16px; padding: 2px 12px; background: transparent;
  color: var(--fg); cursor: pointer;
}
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
@media (forced-colors: active) { .kalm, .sev, .quote, .primary, .dismiss { border: 1px solid CanvasText; } }
`;
