import type { Lang } from '@minat/core';
import { t } from '../i18n/messages.ts';
import { CI_NAMES, type DashboardSettings, LEVELS, RELIABILITY_NAMES } from '../state/dashboard-state.ts';
import type { SurveyInfo } from '../worker/protocol.ts';
import { ThresholdFields } from './ThresholdFields.tsx';

/** Props of {@link SettingsPanel}. */
export interface SettingsPanelProps {
  settings: DashboardSettings;
  info: SurveyInfo;
  lang: Lang;
  onChange: (settings: DashboardSettings) => void;
}

/**
 * The analysis settings: weights on/off, interval method and level, reliability standard and its
 * threshold, small-cell suppression, base rule, measure (for ranked or multi questions) and
 * destination grouping.
 */
export function SettingsPanel({ settings, info, lang, onChange }: SettingsPanelProps) {
  const set = <K extends keyof DashboardSettings>(key: K, value: DashboardSettings[K]) =>
    onChange({ ...settings, [key]: value });
  const percent = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { style: 'percent' });
  return (
    <section class="panel" aria-labelledby="settings-title">
      <div class="panel-head">
        <h2 id="settings-title">{t(lang, 'settings.title')}</h2>
      </div>
      <div class="field checkbox">
        <input
          id="setting-weights"
          type="checkbox"
          checked={settings.weights}
          disabled={!info.weighted}
          onChange={(e) => set('weights', (e.currentTarget as HTMLInputElement).checked)}
        />
        <label for="setting-weights">{t(lang, 'settings.weights')}</label>
      </div>
      {info.measures.length > 1 && (
        <Select
          id="setting-measure"
          label={t(lang, 'settings.measure')}
          value={settings.measure || info.measures[0]!}
          options={info.measures.map((m) => [m, t(lang, `measure.${m}` as never)])}
          onChange={(v) => set('measure', v === info.measures[0] ? '' : v)}
        />
      )}
      <Select
        id="setting-base"
        label={t(lang, 'settings.base')}
        value={settings.base}
        options={[
          ['answered', t(lang, 'settings.base.answered')],
          ['all', t(lang, 'settings.base.all')],
        ]}
        onChange={(v) => set('base', v as DashboardSettings['base'])}
      />
      <Select
        id="setting-destinations"
        label={t(lang, 'settings.destinations')}
        value={settings.destinations}
        options={(['country', 'un-region', 'un-subregion', 'policy-region'] as const).map((d) => [
          d,
          t(lang, `settings.destinations.${d}`),
        ])}
        onChange={(v) => set('destinations', v as DashboardSettings['destinations'])}
      />
      <Select
        id="setting-ci"
        label={t(lang, 'settings.ci')}
        value={settings.ci}
        options={CI_NAMES.map((c) => [c, t(lang, `ci.${c}`)])}
        onChange={(v) => set('ci', v as DashboardSettings['ci'])}
      />
      <Select
        id="setting-level"
        label={t(lang, 'settings.level')}
        value={String(settings.level)}
        options={LEVELS.map((l) => [String(l), percent.format(l)])}
        onChange={(v) => set('level', Number(v))}
      />
      <Select
        id="setting-reliability"
        label={t(lang, 'settings.reliability')}
        value={settings.reliability}
        options={RELIABILITY_NAMES.map((r) => [r, t(lang, `reliability.${r}`)])}
        onChange={(v) =>
          onChange({ ...settings, reliability: v as DashboardSettings['reliability'], thresholds: {} })
        }
      />
      <ThresholdFields
        standard={settings.reliability}
        values={settings.thresholds}
        lang={lang}
        onChange={(thresholds) => set('thresholds', thresholds)}
      />
      <NumberField
        id="setting-mincell"
        label={t(lang, 'settings.minCell')}
        value={settings.minCell}
        min={0}
        onChange={(v) => set('minCell', v)}
      />
    </section>
  );
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  options: (readonly [string, string])[];
  onChange: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

function NumberField(props: {
  id: string;
  label: string;
  value: number;
  min: number;
  onChange: (v: number) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        inputMode="numeric"
        min={props.min}
        step={1}
        value={props.value}
        onChange={(e) => {
          const v = Number((e.currentTarget as HTMLInputElement).value);
          if (Number.isInteger(v) && v >= props.min) props.onChange(v);
        }}
      />
    </div>
  );
}
