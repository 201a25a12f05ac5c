import { destinationName } from '@minat/charts';
import { t } from '../../i18n/messages.ts';
import type { ViewPayload } from '../../worker/protocol.ts';
import type { ViewControlsProps } from '../view-controls.ts';
import { ControlSelect } from './ControlSelect.tsx';

/** Props of {@link OriginControls}: the view's payload gives the destinations in scope. */
export interface OriginControlsProps extends ViewControlsProps {
  payload?: ViewPayload | undefined;
}

/**
 * Controls of the Origin view: which destination the province map shows (the leading one by
 * default), among the destinations of the province × destination table, sorted by name.
 */
export function OriginControls({ state, onChange, payload }: OriginControlsProps) {
  const lang = state.lang;
  const rows = payload?.view === 'origin' ? payload.charts.find((c) => c.id === 'heatmap')?.rows : undefined;
  if (!rows) return null;
  const codes = [...new Set(rows.map((r) => String(r['destination'])))];
  const options = codes
    .map((code) => [code, destinationName(code, lang)] as const)
    .sort((a, b) => a[1].localeCompare(b[1], lang === 'id' ? 'id' : 'en'));
  const value = codes.includes(state.destination) ? state.destination : '';
  return (
    <div class="view-controls">
      <ControlSelect
        id="origin-destination"
        label={t(lang, 'origin.destination')}
        value={value}
        options={[['', t(lang, 'origin.leading')], ...options]}
        onChange={(destination) => onChange({ ...state, destination })}
      />
    </div>
  );
}
