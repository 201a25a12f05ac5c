import type { Lang } from '@minat/core';
import { rowsToCsv } from '@minat/core';
import { ChartCard } from '../chart/ChartCard.tsx';
import { DataTable } from '../chart/DataTable.tsx';
import { download } from '../chart/download.ts';
import { t } from '../i18n/messages.ts';
import type { DashboardState } from '../state/dashboard-state.ts';
import type { SurveyInfo, ViewPayload } from '../worker/protocol.ts';
import { viewControls } from './view-controls.ts';

/** Props of {@link ViewPanel}. */
export interface ViewPanelProps {
  state: DashboardState;
  info: SurveyInfo;
  payload: ViewPayload | undefined;
  busy: boolean;
  onChange: (state: DashboardState) => void;
}

/** The current view: heading, its own controls, notes, then its charts (or its table). */
export function ViewPanel({ state, info, payload, busy, onChange }: ViewPanelProps) {
  const lang: Lang = state.lang;
  const Controls = viewControls[state.view];
  const wave = state.filters.wave?.join('-') ?? 'all';
  const stem = `minat-${state.view}-${wave}-${lang}`;
  return (
    <section class="view" aria-labelledby="view-title" aria-busy={busy}>
      <h2 id="view-title" class="view-title">
        {t(lang, `view.${state.view}`)}
      </h2>
      {payload?.summary && (
        <p class="view-lead" data-testid="view-summary">
          {payload.summary}
        </p>
      )}
      {Controls && <Controls state={state} info={info} onChange={onChange} payload={payload} />}
      {payload?.notes.map((n, i) => (
        <p key={i} class={`note note-${n.level}`} role={n.level === 'warning' ? 'alert' : 'status'}>
          {n.text}
        </p>
      ))}
      {payload?.table && (
        <div class="table-view">
          <button
            type="button"
            class="primary"
            data-action="table-csv"
            onClick={() =>
              download(
                `${stem}.csv`,
                new Blob([rowsToCsv(payload.table!.rows, payload.table!.columns)], { type: 'text/csv' }),
              )
            }
          >
            {t(lang, 'chart.csv')}
          </button>
          <DataTable
            rows={payload.table.rows}
            columns={payload.table.columns}
            lang={lang}
            caption={t(lang, `view.${state.view}`)}
            sort={{ column: state.sort, desc: state.desc }}
            onSort={(column, desc) => onChange({ ...state, sort: column, desc })}
          />
        </div>
      )}
      <div class="charts">
        {payload?.charts.map((c) => (
          <ChartCard key={`${c.id}`} chart={c} lang={lang} fileStem={stem} />
        ))}
      </div>
    </section>
  );
}
