import type { Lang } from '@minat/core';
import { t } from '../i18n/messages.ts';
import type { GroupingInfo } from '../worker/protocol.ts';

/** Props of {@link FilterPanel}. */
export interface FilterPanelProps {
  groupings: GroupingInfo[];
  filters: Record<string, string[]>;
  lang: Lang;
  onChange: (filters: Record<string, string[]>) => void;
}

/**
 * One filter per grouping of the schema (wave, province, island group, each dimension): a native
 * multi-select list (keyboard and screen-reader friendly), "All" when nothing is chosen.
 */
export function FilterPanel({ groupings, filters, lang, onChange }: FilterPanelProps) {
  const set = (key: string, values: string[]) => {
    const next = { ...filters };
    if (values.length === 0) delete next[key];
    else next[key] = values;
    onChange(next);
  };
  const active = Object.values(filters).some((v) => v.length > 0);
  return (
    <section class="panel" aria-labelledby="filters-title">
      <div class="panel-head">
        <h2 id="filters-title">{t(lang, 'filters.title')}</h2>
        <button type="button" class="link-button" disabled={!active} onClick={() => onChange({})}>
          {t(lang, 'filters.clear')}
        </button>
      </div>
      {groupings.map((g) => {
        const chosen = filters[g.key] ?? [];
        const id = `filter-${g.key}`;
        const single = g.levels.length <= 8;
        return (
          <div class="field" key={g.key}>
            <label for={id}>
              {g.label[lang]}
              <span class="field-note">
                {chosen.length === 0
                  ? t(lang, 'filters.all')
                  : t(lang, 'filters.selected', { count: chosen.length })}
              </span>
            </label>
            <select
              id={id}
              name={g.key}
              data-filter={g.key}
              multiple
              size={single ? Math.min(g.levels.length, 6) : 6}
              onChange={(e) => {
                const el = e.currentTarget as HTMLSelectElement;
                set(
                  g.key,
                  [...el.selectedOptions].map((o) => o.value),
                );
              }}
            >
              {g.levels.map((l) => (
                <option key={l.code} value={l.code} selected={chosen.includes(l.code)}>
                  {l.label[lang]}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </section>
  );
}
