// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { WAKE_AFTER_QUIET_MS, wakeWorkerOnInput } from '../../../src/content/wake-worker';

describe('waking the background before an email opens', () => {
  function setup() {
    let clock = 1_000_000;
    const woken: number[] = [];
    const controller = new AbortController();
    wakeWorkerOnInput(document, { signal: controller.signal, wake: () => woken.push(clock), now: () => clock });
    const click = () => document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    const key = () => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    return { woken, controller, click, key, advance: (ms: number) => (clock += ms) };
  }

  test('the first click or key after a quiet spell wakes it, once; later input within the spell does not', () => {
    const { woken, click, key, advance } = setup();
    click();
    expect(woken).toHaveLength(1);
    advance(1_000);
    key();
    click();
    expect(woken).toHaveLength(1);
    advance(WAKE_AFTER_QUIET_MS);
    key();
    expect(woken).toHaveLength(2);
  });

  test("Gmail still gets the user's input, and nothing is sent once the script stops", () => {
    const { woken, controller, click, advance } = setup();
    let gmailSaw = 0;
    document.body.addEventListener('pointerdown', () => gmailSaw++);
    click();
    expect(gmailSaw).toBe(1);
    controller.abort();
    advance(WAKE_AFTER_QUIET_MS * 2);
    click();
    expect(woken).toHaveLength(1);
    expect(gmailSaw).toBe(2);
  });
});
