import { type Lang, reliabilityStandards } from '@minat/core';
import { t } from '../i18n/messages.ts';

/** What the fields need of a registry entry. */
interface StandardShape {
  defaults: Record<string, unknown>;
  parameters: Record<
    string,
    {
      kind: string;
      min?: number;
      max?: number;
      values?: readonly string[];
      description: { en: string; id: string };
    }
  >;
}

/** Props of {@link ThresholdFields}. */
export interface ThresholdFieldsProps {
  /** Reliability standard whose thresholds are edited (`nchs`, `bps`, `min-n`). */
  standard: string;
  /** Thresholds that differ from the standard's defaults, as written. */
  values: Record<string, string>;
  lang: Lang;
  onChange: (values: Record<string, string>) => void;
}

/**
 * The thresholds of a reliability standard, from `@minat/core`'s registry (its parameters, their
 * kinds, bounds, defaults and descriptions in both languages): a number field, a choice or a checkbox
 * each, showing the default until changed. Values are checked by core when the view is estimated;
 * an invalid one is reported naming the threshold.
 */
export function ThresholdFields({ standard, values, lang, onChange }: ThresholdFieldsProps) {
  const definition = (reliabilityStandards as unknown as Record<string, StandardShape | undefined>)[standard];
  if (!definition) return null;
  const { defaults, parameters } = definition;
  const set = (name: string, value: string) => {
    const next = { ...values };
    if (value === '' || value === String(defaults[name])) delete next[name];
    else next[name] = value;
    onChange(next);
  };
  const changed = Object.keys(values).length > 0;
  return (
    <details class="thresholds" open={changed}>
      <summary>{t(lang, 'settings.thresholds')}</summary>
      {Object.entries(parameters).map(([name, p]) => {
        const id = `threshold-${name}`;
        const current = values[name] ?? String(defaults[name]);
        const label = p.description[lang];
        if (p.kind === 'boolean') {
          return (
            <div class="field checkbox" key={name}>
              <input
                id={id}
                type="checkbox"
                checked={current === 'true'}
                onChange={(e) => set(name, String((e.currentTarget as HTMLInputElement).checked))}
              />
              <label for={id}>{label}</label>
            </div>
          );
        }
        return (
          <div class="field" key={name}>
            <label for={id} class="threshold-label">
              {label}
            </label>
            {p.kind === 'choice' ? (
              <select
                id={id}
                value={current}
                onChange={(e) => set(name, (e.currentTarget as HTMLSelectElement).value)}
              >
                {(p.values ?? []).map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                type="number"
                step="any"
                min={p.min}
                max={p.max}
                value={current}
                onChange={(e) => set(name, (e.currentTarget as HTMLInputElement).value)}
              />
            )}
          </div>
        );
      })}
      {changed && (
        <button type="button" class="link-button" onClick={() => onChange({})}>
          {t(lang, 'settings.thresholdsReset')}
        </button>
      )}
    </details>
  );
}
