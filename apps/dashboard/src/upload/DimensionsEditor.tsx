import type { Lang } from '@minat/core';
import { useRef } from 'preact/hooks';
import { t } from '../i18n/messages.ts';
import { ColumnSelect } from './ColumnSelect.tsx';
import { type DraftDimension, newDimension, withDimensionColumn } from './schema-draft.ts';

/** Props of {@link DimensionsEditor}. */
export interface DimensionsEditorProps {
  lang: Lang;
  dimensions: DraftDimension[];
  columns: readonly string[];
  onChange: (dimensions: DraftDimension[]) => void;
}

/**
 * The grouping dimensions (filters and comparisons): each on or off, with its column; a dimension
 * switched off is remembered so it can be switched on again; any other column can be added as one.
 */
export function DimensionsEditor({ lang, dimensions, columns, onChange }: DimensionsEditorProps) {
  const known = useRef(new Map<string, DraftDimension>());
  for (const d of dimensions) known.current.set(d.key, d);
  const on = new Set(dimensions.map((d) => d.key));
  const all = [...known.current.values()];
  const emit = (keys: Set<string>) => onChange([...known.current.values()].filter((d) => keys.has(d.key)));
  const used = new Set(all.map((d) => d.column));
  const free = columns.filter((c) => !used.has(c));
  return (
    <fieldset class="map-group dimensions">
      <legend>{t(lang, 'upload.map.dimensions')}</legend>
      {all.length === 0 && <p class="field-hint">{t(lang, 'upload.dim.none')}</p>}
      <ul class="dimension-list">
        {all.map((d) => {
          const id = `map-dim-${d.key}`;
          const active = on.has(d.key);
          return (
            <li key={d.key} class={active ? '' : 'dimension-off'}>
              <div class="field checkbox">
                <input
                  id={`${id}-on`}
                  type="checkbox"
                  checked={active}
                  onChange={(e) => {
                    const keys = new Set(on);
                    if ((e.currentTarget as HTMLInputElement).checked) keys.add(d.key);
                    else keys.delete(d.key);
                    emit(keys);
                  }}
                />
                <label for={`${id}-on`}>
                  <code>{d.key}</code>
                  {d.label && d.label[lang] !== d.column && <span class="field-note">{d.label[lang]}</span>}
                </label>
              </div>
              {active && (
                <ColumnSelect
                  id={`${id}-column`}
                  hideLabel
                  label={t(lang, 'upload.dim.column', { key: d.key })}
                  lang={lang}
                  value={d.column}
                  columns={columns}
                  onChange={(column) => {
                    known.current.set(d.key, withDimensionColumn(d, column));
                    emit(on);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
      {free.length > 0 && (
        <div class="field">
          <label for="map-dim-add">{t(lang, 'upload.dim.add')}</label>
          <select
            id="map-dim-add"
            value=""
            onChange={(e) => {
              const column = (e.currentTarget as HTMLSelectElement).value;
              if (!column) return;
              const dim = newDimension(column, new Set(known.current.keys()));
              known.current.set(dim.key, dim);
              emit(new Set([...on, dim.key]));
            }}
          >
            <option value="">{t(lang, 'upload.dim.addChoose')}</option>
            {free.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  );
}
