import { useMemo, useState } from 'preact/hooks';
import { TONES, composeReplies, type Tone } from '../../replies/compose';
import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { SAMPLE_IDS, SAMPLES, sampleLanguage, type SampleId } from '../samples';

/**
 * A reply to an example email, composed with the settings as they are being typed (invalid fields
 * count as empty until fixed), so the user sees what their name, rate or hours do to a reply.
 */
export function Preview({ settings, uiLanguage }: { settings: Settings; uiLanguage: string }) {
  const [sampleId, setSampleId] = useState<SampleId>('discount');
  const [tone, setTone] = useState<Tone>('warm');
  const lang = sampleLanguage(settings.replyLanguage, uiLanguage);
  const sample = SAMPLES[lang][sampleId];
  const reply = useMemo(
    () => composeReplies(sample.analysis, settings, { senderName: sample.sender }).find((r) => r.tone === tone),
    [sample, settings, tone],
  );

  return (
    <section class="preview" aria-labelledby="preview-heading" data-testid="preview">
      <h2 id="preview-heading">{t('options_previewHeading')}</h2>
      <p class="help">{t('options_previewIntro')}</p>
      <div class="preview-controls">
        <div class="field">
          <label for="preview-sample">{t('options_previewSample')}</label>
          <select
            id="preview-sample"
            data-testid="preview-sample"
            value={sampleId}
            onChange={(event) => setSampleId((event.currentTarget as HTMLSelectElement).value as SampleId)}
          >
            {SAMPLE_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`options_sample_${id}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="preview-tone">{t('options_previewTone')}</label>
          <select
            id="preview-tone"
            data-testid="preview-tone"
            value={tone}
            onChange={(event) => setTone((event.currentTarget as HTMLSelectElement).value as Tone)}
          >
            {TONES.map((id) => (
              <option key={id} value={id}>
                {t(`popup_tone_${id}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <h3>{t('options_previewClient')}</h3>
      <blockquote class="sample" lang={lang} data-testid="preview-email">
        {sample.analysis.text}
      </blockquote>
      <h3>{t('options_previewReply')}</h3>
      {reply ? (
        <div class="reply" lang={reply.lang} data-testid="preview-reply">
          {reply.text}
        </div>
      ) : (
        <p class="note" data-testid="preview-off">
          {t('options_previewOff')}
        </p>
      )}
    </section>
  );
}
