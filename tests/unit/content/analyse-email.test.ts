import { describe, expect, test, vi } from 'vitest';
import { analyze } from '../../../src/classifier/index';
import { createEmailAnalyser } from '../../../src/content/analyse-email';
import { repairSettings } from '../../../src/shared/settings';

const DEMANDING = "Can you do it for less? While you're at it, add two extra pages at no cost. I need it by tomorrow, ASAP.";

describe('analysing the open email', () => {
  test("with the user's sensitivity and switched-off flags", () => {
    const run = vi.fn(analyze);
    const analyse = createEmailAnalyser(run);
    const settings = repairSettings({ sensitivity: 'high', flags: { threat: false } });
    analyse({ messageId: 'm1', body: DEMANDING }, settings);
    expect(run).toHaveBeenCalledWith(DEMANDING, { html: false, sensitivity: 'high', enabled: settings.flags });
  });

  test('reads the body as text even when it looks like HTML, so the evidence points at the words on screen', () => {
    const body = '<div>Can you do it for less?</div> I need it by tomorrow, ASAP.</span>';
    const analysis = createEmailAnalyser()({ messageId: 'm1', body }, repairSettings({}));
    expect(analysis.text).toBe(body);
    for (const flag of analysis.flags) for (const e of flag.evidence) expect(body.slice(e.start, e.end)).toBe(e.text);
  });

  test('runs the classifier once per email and settings', () => {
    const run = vi.fn(analyze);
    const analyse = createEmailAnalyser(run);
    const settings = repairSettings({});
    const first = analyse({ messageId: 'm1', body: DEMANDING }, settings);
    expect(analyse({ messageId: 'm1', body: DEMANDING }, settings)).toBe(first);
    expect(run).toHaveBeenCalledTimes(1);
    analyse({ messageId: 'm1', body: `${DEMANDING} More text.` }, settings);
    analyse({ messageId: 'm1', body: DEMANDING }, repairSettings({ sensitivity: 'low' }));
    expect(run).toHaveBeenCalledTimes(3);
  });
});
