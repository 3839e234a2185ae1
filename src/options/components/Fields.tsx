/** The settings page's inputs: each labelled, with its help and, when wrong, its error tied to it. */
import type { ComponentChildren } from 'preact';

const describedBy = (id: string, help: boolean, error: boolean) =>
  [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function Help({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p class="help" id={`${id}-help`}>
      {text}
    </p>
  ) : null;
}

export function ErrorText({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p class="error" id={`${id}-error`} data-testid={`error-${id}`}>
      {text}
    </p>
  ) : null;
}

interface TextFieldProps {
  id: string;
  label: string;
  help?: string;
  value: string;
  error?: string;
  onValue(value: string): void;
  onBlur(): void;
  multiline?: boolean;
  inputMode?: 'text' | 'decimal' | 'numeric';
  maxLength?: number;
  autoComplete?: string;
  type?: 'text' | 'time';
  size?: number;
}

export function TextField(p: TextFieldProps) {
  const common = {
    id: p.id,
    name: p.id,
    'data-testid': `field-${p.id}`,
    value: p.value,
    maxLength: p.maxLength,
    'aria-invalid': p.error ? true : undefined,
    'aria-describedby': describedBy(p.id, Boolean(p.help), Boolean(p.error)),
    onInput: (event: Event) => p.onValue((event.currentTarget as HTMLInputElement).value),
    onBlur: p.onBlur,
  };
  return (
    <div class={`field${p.error ? ' invalid' : ''}`}>
      <label for={p.id}>{p.label}</label>
      {p.multiline ? (
        <textarea {...common} rows={4} />
      ) : p.type === 'time' ? (
        <input {...common} type="time" />
      ) : (
        <input {...common} type="text" inputMode={p.inputMode} autoComplete={p.autoComplete ?? 'off'} size={p.size} />
      )}
      <Help id={p.id} text={p.help} />
      <ErrorText id={p.id} text={p.error} />
    </div>
  );
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onValue(value: string): void;
  error?: string;
}

export function SelectField(p: SelectFieldProps) {
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <select
        id={p.id}
        name={p.id}
        data-testid={`field-${p.id}`}
        value={p.value}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, false, Boolean(p.error))}
        onChange={(event) => p.onValue((event.currentTarget as HTMLSelectElement).value)}
      >
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorText id={p.id} text={p.error} />
    </div>
  );
}

/** A group of related inputs under one caption (working hours, days, flags, sensitivity). */
export function Group({ id, legend, help, children }: { id: string; legend: string; help?: string; children: ComponentChildren }) {
  return (
    <fieldset class="group" id={id} aria-describedby={help ? `${id}-help` : undefined}>
      <legend>{legend}</legend>
      {children}
      <Help id={id} text={help} />
    </fieldset>
  );
}

export function Check({ id, label, checked, onValue }: { id: string; label: string; checked: boolean; onValue(on: boolean): void }) {
  return (
    <label class="check" for={id}>
      <input
        type="checkbox"
        id={id}
        data-testid={`field-${id}`}
        checked={checked}
        onChange={(event) => onValue((event.currentTarget as HTMLInputElement).checked)}
      />
      <span>{label}</span>
    </label>
  );
}
