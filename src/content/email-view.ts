/**
 * What Kalm draws for the open email: the banner above a demanding message, the highlighted
 * evidence in it, and the count for the toolbar badge. Called with each new read of the open
 * email (watch-email.ts) and when the settings change; an ordinary email, another view of Gmail
 * or a dismissed banner leave nothing behind.
 *
 * The analysis comes from the background, so it arrives a moment after the read: by then the user
 * may have moved on. A read's result is drawn only while that read is still the current one (its
 * AbortSignal not aborted, no newer read or settings change since); what was drawn for another
 * email goes as soon as the next email is read.
 */
import type { ReadEmailOk, ReadEmailResult } from '../shared/email';
import type { Settings } from '../shared/settings';
import type { Analysis, FlagId, Severity } from '../shared/types';
import { createEmailAnalyser, type EmailAnalyser } from './analyse-email';
import { buildTextMap, evidenceRanges } from './gmail/evidence-ranges';
import { locateEmail } from './gmail/read-email';
import { BannerSlot, type BannerPlace } from './ui/banner-host';
import { createEvidenceHighlights } from './ui/highlights';
import { themeAt } from './ui/theme';

export interface EmailViewOptions {
  doc: Document;
  /** The user's settings (already loaded). */
  settings(): Settings;
  /** Tell the background how many flags the open email carries (0 clears the badge). */
  flagsShown(count: number): void;
  /** Open the suggested replies; false when that is not possible from the page. */
  openReplies(): boolean | Promise<boolean>;
  /** The analyser to use (default: the classifier in the background; tests pass their own). */
  analyse?: EmailAnalyser;
}

export interface OpenEmail {
  email: ReadEmailResult;
  analysis?: Analysis;
}

/** How often the banner is put back in one read after Gmail removed it, before giving up (no fight with Gmail). */
const MAX_RESTORES = 5;

export function createEmailView(options: EmailViewOptions) {
  const { doc } = options;
  const analyse = options.analyse ?? createEmailAnalyser();
  const slot = new BannerSlot(doc);
  const highlights = createEvidenceHighlights(doc);
  const dismissed = new Set<string>();
  let current: OpenEmail = { email: { ok: false, reason: 'loading' } };
  /** The current read's signal, for redraws when the settings change. */
  let currentSignal: AbortSignal | undefined;
  /** Counts renders: an analysis that arrives after a newer render started is not drawn. */
  let renders = 0;
  /** The message the banner and highlights are drawn for. */
  let drawnFor: string | undefined;
  let lastCount: number | undefined;
  let restores = { messageId: '', count: 0 };
  let evidenceByFlag = new Map<FlagId, Range[]>();

  const report = (count: number) => {
    if (count === lastCount) return;
    lastCount = count;
    options.flagsShown(count);
  };

  const clearDrawing = () => {
    slot.hide();
    highlights.clear();
    evidenceByFlag = new Map();
    drawnFor = undefined;
  };

  const showEvidence = (id: FlagId, index: number) => {
    const range = evidenceByFlag.get(id)?.[index];
    if (!range) return;
    highlights.focus([range]);
    const target = range.startContainer.parentElement;
    const still = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    target?.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  };

  function draw(email: ReadEmailOk, analysis: Analysis): void {
    const located = locateEmail(doc);
    // Gmail moved on between the read and now: the next read will draw.
    if (!located.ok || located.messageId !== email.messageId || !located.body.parentElement) {
      clearDrawing();
      return;
    }
    const place: BannerPlace = { parent: located.body.parentElement, before: located.body };

    const map = buildTextMap(located.body);
    const bySeverity: Record<Severity, Range[]> = { high: [], medium: [], low: [] };
    evidenceByFlag = new Map();
    for (const flag of analysis.flags) {
      const ranges = evidenceRanges(located.body, analysis.text, flag.evidence, map);
      evidenceByFlag.set(flag.id, ranges);
      bySeverity[flag.severity].push(...ranges);
    }
    highlights.show(bySeverity);

    drawnFor = email.messageId;
    slot.show(place, email.messageId, {
      analysis,
      senderName: email.sender.name || email.sender.email,
      theme: themeAt(place.parent),
      onDismiss() {
        dismissed.add(email.messageId);
        clearDrawing();
      },
      onOpenReplies: options.openReplies,
      onFocusFlag(id) {
        highlights.focus(id ? (evidenceByFlag.get(id) ?? []) : []);
      },
      onShowEvidence: showEvidence,
    });
  }

  /** Draw for this read of the open email; settles when drawn (or when the read was overtaken). */
  function update(email: ReadEmailResult, signal?: AbortSignal): Promise<void> {
    currentSignal = signal;
    // When the user moves on, this read's drawing goes — unless the next read (same email) took it over.
    signal?.addEventListener('abort', () => queueMicrotask(() => current.email === email && clearDrawing()), { once: true });
    return render(email, signal);
  }

  async function render(email: ReadEmailResult, signal: AbortSignal | undefined): Promise<void> {
    const token = ++renders;
    current = { email };
    if (!email.ok) {
      clearDrawing();
      report(0);
      return;
    }
    // Another email: the last one's banner goes now, not when this one's analysis arrives.
    if (drawnFor !== email.messageId) clearDrawing();
    let analysis: Analysis;
    try {
      analysis = await analyse(email, options.settings());
    } catch {
      // The background did not answer (Kalm was updated or reloaded): draw nothing rather than something stale.
      if (token === renders && !signal?.aborted) {
        clearDrawing();
        report(0);
      }
      return;
    }
    // The user moved on, or a newer read or a settings change took over, while the background worked.
    if (token !== renders || signal?.aborted) return;
    current = { email, analysis };
    report(analysis.flags.length);
    if (analysis.flags.length === 0 || dismissed.has(email.messageId)) clearDrawing();
    else draw(email, analysis);
  }

  return {
    update,
    /** Redraw the current email (the settings changed); settles when drawn. */
    refresh(): Promise<void> {
      return render(current.email, currentSignal);
    },
    /** The open email, read again now, and its analysis (for the popup); without one when it could not be analysed. */
    async analyse(email: ReadEmailResult): Promise<OpenEmail> {
      if (!email.ok) return { email };
      try {
        return { email, analysis: await analyse(email, options.settings()) };
      } catch {
        return { email };
      }
    },
    /**
     * The watcher asks on DOM changes that did not change the email: true when the banner needs
     * drawing again — Gmail removed it, or the user switched Gmail's theme under it.
     */
    needsRedraw(): boolean {
      const host = slot.element;
      if (host?.isConnected && host.parentElement) return themeAt(host.parentElement) !== host.getAttribute('data-theme');
      if (!slot.wasRemoved || !current.email.ok) return false;
      const { messageId } = current.email;
      if (restores.messageId !== messageId) restores = { messageId, count: 0 };
      if (restores.count >= MAX_RESTORES) return false;
      restores.count++;
      return true;
    },
    get banner(): HTMLElement | undefined {
      return slot.element;
    },
    dispose(): void {
      renders++; // an analysis still under way is not drawn
      clearDrawing();
      highlights.dispose();
      report(0);
    },
  };
}

export type EmailView = ReturnType<typeof createEmailView>;
