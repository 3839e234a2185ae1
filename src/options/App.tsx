import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { flagTitle } from '../popup/flag-text';
import { t } from '../shared/i18n';
import { DUTCH_ADDRESS_FORMS, REPLY_LANGUAGES, SENSITIVITIES, WEEKDAYS, validateSettings, type Settings } from '../shared/settings';
import { FLAG_IDS } from '../shared/types';
import { Check, Group, SelectField, TextField } from './components/Fields';
import { Preview } from './components/Preview';
import { TEXT_MAX, errorsByInput, fromSettings, toRaw, type FormValues } from './form';

/** Where the settings page loads and saves; behind an interface so it is tested without a browser. */
export interface OptionsStore {
  /** The settings (repaired), and the labels of settings that were stored corrupt and fell back to defaults. */
  load(): Promise<{ settings: Settings; repaired?: string[] }>;
  /** Where they went: synced storage, or this browser only. */
  save(settings: Settings): Promise<'sync' | 'local'>;
}

type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; area: 'sync' | 'local' }
  | { kind: 'invalid'; count: number }
  | { kind: 'failed' };

export function App({ store, version, uiLanguage }: { store: OptionsStore; version: string; uiLanguage: string }) {
  const [loaded, setLoaded] = useState<{ values: FormValues; repaired?: string[] }>();

  useEffect(() => {
    let alive = true;
    void store.load().then(({ settings, repaired }) => alive && setLoaded({ values: fromSettings(settings), repaired }));
    return () => {
      alive = false;
    };
  }, [store]);

  return (
    <main class="options" data-testid="options" aria-busy={!loaded}>
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p>{t('optionsIntro')}</p>
      </header>
      {loaded ? (
        <SettingsForm store={store} initial={loaded.values} repaired={loaded.repaired} uiLanguage={uiLanguage} />
      ) : (
        <p role="status">{t('options_loading')}</p>
      )}
      <Privacy />
      <p class="version">{t('optionsVersion', version)}</p>
    </main>
  );
}

function Privacy() {
  return (
    <section class="privacy" aria-labelledby="privacy-heading" data-testid="privacy">
      <h2 id="privacy-heading">{t('options_privacyHeading')}</h2>
      <p>
        <strong>{t('options_privacyPromise')}</strong> {t('options_privacyHow')}
      </p>
      <p>{t('options_privacyStorage')}</p>
      <p>{t('options_privacyPermissions')}</p>
    </section>
  );
}

interface FormProps {
  store: OptionsStore;
  initial: FormValues;
  repaired?: string[];
  uiLanguage: string;
}

function SettingsForm({ store, initial, repaired, uiLanguage }: FormProps) {
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);

  const checked = useMemo(() => validateSettings(toRaw(values)), [values]);
  const errors = useMemo(() => errorsByInput(checked.errors), [checked]);
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);

  /** An error shows once the user has left the field, or tried to save. */
  const errorOf = (id: string) => (submitted || touched.has(id) ? errors.get(id) : undefined);
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    setValues((old) => ({ ...old, [key]: value }));
    if (status.kind === 'saved' || status.kind === 'failed') setStatus({ kind: 'idle' });
  };
  const touch = (id: string) => () => setTouched((old) => (old.has(id) ? old : new Set([...old, id])));

  const text = (id: 'name' | 'businessName' | 'signature', extra: { multiline?: boolean; autoComplete?: string } = {}) => (
    <TextField
      id={id}
      label={t(`options_label_${id}`)}
      help={t(`options_help_${id}`)}
      value={values[id]}
      error={errorOf(id)}
      maxLength={TEXT_MAX[id]}
      onValue={(v) => set(id, v)}
      onBlur={touch(id)}
      {...extra}
    />
  );
  const number = (
    id: 'hourlyRate' | 'depositPercent' | 'paymentTermDays' | 'revisionRounds' | 'responseTimeHours',
    inputMode: 'decimal' | 'numeric',
  ) => (
    <TextField
      id={id}
      label={t(`options_label_${id}`)}
      help={t(`options_help_${id}`)}
      value={values[id]}
      error={errorOf(id)}
      inputMode={inputMode}
      size={10}
      onValue={(v) => set(id, v)}
      onBlur={touch(id)}
    />
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (errors.size > 0) {
      setStatus({ kind: 'invalid', count: errors.size });
      // Move to the first field to fix; its error is read out with it.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const area = await store.save(checked.settings);
      const clean = fromSettings(checked.settings);
      setValues(clean);
      setSaved(clean);
      setSubmitted(false);
      setTouched(new Set());
      setStatus({ kind: 'saved', area });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  const statusText =
    status.kind === 'saving' ? t('options_saving')
    : status.kind === 'saved' ? t(status.area === 'sync' ? 'options_saved' : 'options_savedLocal')
    : status.kind === 'invalid' ? t('options_fixErrors', String(status.count))
    : status.kind === 'failed' ? t('options_saveFailed')
    : dirty ? t('options_unsaved')
    : '';

  return (
    <div class="layout">
      <form ref={formRef} class="settings" data-testid="settings-form" onSubmit={submit} noValidate>
        {repaired && (
          <p class="notice warn" data-testid="repaired-notice">
            {t('options_repaired', repaired.join(', '))}
          </p>
        )}
        <section aria-labelledby="you-heading">
          <h2 id="you-heading">{t('options_sectionYou')}</h2>
          {text('name', { autoComplete: 'name' })}
          {text('businessName', { autoComplete: 'organization' })}
          {text('signature', { multiline: true })}
        </section>

        <section aria-labelledby="terms-heading">
          <h2 id="terms-heading">{t('options_sectionTerms')}</h2>
          <p class="help">{t('options_termsIntro')}</p>
          <div class="row">
            {number('hourlyRate', 'decimal')}
            <TextField
              id="currency"
              label={t('options_label_currency')}
              help={t('options_help_currency')}
              value={values.currency}
              error={errorOf('currency')}
              maxLength={3}
              size={5}
              onValue={(v) => set('currency', v)}
              onBlur={touch('currency')}
            />
          </div>
          {number('depositPercent', 'decimal')}
          {number('paymentTermDays', 'numeric')}
          {number('revisionRounds', 'numeric')}
        </section>

        <section aria-labelledby="availability-heading">
          <h2 id="availability-heading">{t('options_sectionAvailability')}</h2>
          <Group id="businessHours" legend={t('options_label_businessHours')} help={t('options_help_businessHours')}>
            <div class="row">
              <TextField
                id="businessHoursStart"
                type="time"
                label={t('options_label_businessHoursStart')}
                value={values.businessHoursStart}
                error={errorOf('businessHoursStart')}
                onValue={(v) => set('businessHoursStart', v)}
                onBlur={touch('businessHoursStart')}
              />
              <TextField
                id="businessHoursEnd"
                type="time"
                label={t('options_label_businessHoursEnd')}
                value={values.businessHoursEnd}
                error={errorOf('businessHoursEnd')}
                onValue={(v) => set('businessHoursEnd', v)}
                onBlur={touch('businessHoursEnd')}
              />
            </div>
          </Group>
          <Group id="businessDays" legend={t('options_label_businessDays')}>
            <div class="checks days">
              {WEEKDAYS.map((day) => (
                <Check
                  key={day}
                  id={`businessDays-${day}`}
                  label={t(`options_day_${day}`)}
                  checked={values.businessDays.includes(day)}
                  onValue={(on) =>
                    set('businessDays', WEEKDAYS.filter((d) => (d === day ? on : values.businessDays.includes(d))))
                  }
                />
              ))}
            </div>
          </Group>
          {number('responseTimeHours', 'numeric')}
        </section>

        <section aria-labelledby="replies-heading">
          <h2 id="replies-heading">{t('options_sectionReplies')}</h2>
          <SelectField
            id="replyLanguage"
            label={t('options_label_replyLanguage')}
            value={values.replyLanguage}
            error={errorOf('replyLanguage')}
            options={REPLY_LANGUAGES.map((v) => ({ value: v, label: t(`options_replyLanguage_${v}`) }))}
            onValue={(v) => set('replyLanguage', v)}
          />
          <SelectField
            id="dutchAddress"
            label={t('options_label_dutchAddress')}
            value={values.dutchAddress}
            error={errorOf('dutchAddress')}
            options={DUTCH_ADDRESS_FORMS.map((v) => ({ value: v, label: t(`options_dutchAddress_${v}`) }))}
            onValue={(v) => set('dutchAddress', v)}
          />
        </section>

        <section aria-labelledby="flags-heading">
          <h2 id="flags-heading">{t('options_sectionFlags')}</h2>
          <Group id="sensitivity" legend={t('options_label_sensitivity')}>
            <div class="checks">
              {SENSITIVITIES.map((level) => (
                <label class="check" key={level} for={`sensitivity-${level}`}>
                  <input
                    type="radio"
                    name="sensitivity"
                    id={`sensitivity-${level}`}
                    data-testid={`field-sensitivity-${level}`}
                    value={level}
                    checked={values.sensitivity === level}
                    onChange={() => set('sensitivity', level)}
                  />
                  <span>{t(`options_sensitivity_${level}`)}</span>
                </label>
              ))}
            </div>
          </Group>
          <Group id="flags" legend={t('options_label_flags')} help={t('options_help_flags')}>
            <div class="checks">
              {FLAG_IDS.map((id) => (
                <Check
                  key={id}
                  id={`flags-${id}`}
                  label={flagTitle(id)}
                  checked={values.flags[id]}
                  onValue={(on) => set('flags', { ...values.flags, [id]: on })}
                />
              ))}
            </div>
          </Group>
        </section>

        <div class="save-bar">
          <button type="submit" class="primary" data-testid="save" aria-disabled={status.kind === 'saving'}>
            {t('options_save')}
          </button>
          <p
            class={`status ${status.kind}`}
            role="status"
            data-testid="save-status"
          >
            {statusText}
          </p>
        </div>
      </form>
      <aside class="side">
        <Preview settings={checked.settings} uiLanguage={uiLanguage} />
      </aside>
    </div>
  );
}
