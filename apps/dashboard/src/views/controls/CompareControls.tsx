import { t } from '../../i18n/messages.ts';
import type { CompareSettings } from '../../state/dashboard-state.ts';
import { compareSelection } from '../../worker/analyses/compare-selection.ts';
import type { ViewControlsProps } from '../view-controls.ts';
import { ControlSelect } from './ControlSelect.tsx';
import './view-controls-a.css';

const MODES = ['groups', 'waves'] as const;

/**
 * Controls of the Compare view: the mode (two groups of one grouping, or two waves) as radio buttons,
 * then the grouping and the two levels (or the two waves) as labelled selects, showing the defaults
 * the analysis uses when the URL leaves them empty.
 */
export function CompareControls({ state, info, onChange }: ViewControlsProps) {
  const lang = state.lang;
  const set = (compare: CompareSettings) => onChange({ ...state, compare });
  const selection = compareSelection(info, state.compare);
  const modes = info.waves.length >= 2 || state.compare.mode === 'waves';
  // In waves mode the grouping chosen for groups mode is kept for when the user switches back.
  const by = 'problem' in selection || selection.mode === 'waves' ? state.compare.by : selection.by;
  const levels = 'problem' in selection ? [] : selection.levels.map((l) => [l.code, l.label[lang]] as const);
  return (
    <div class="view-controls compare-controls">
      {modes && (
        <fieldset class="radio-group">
          <legend>{t(lang, 'compare.mode')}</legend>
          {MODES.map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name="compare-mode"
                value={mode}
                checked={state.compare.mode === mode}
                onChange={() => set({ mode, by: state.compare.by, a: '', b: '' })}
              />
              {t(lang, `compare.${mode}`)}
            </label>
          ))}
        </fieldset>
      )}
      {!('problem' in selection) && selection.mode === 'groups' && (
        <ControlSelect
          id="compare-by"
          label={t(lang, 'compare.by')}
          value={selection.by}
          options={selection.choices.map((g) => [g.key, g.label[lang]] as const)}
          onChange={(by) => set({ ...state.compare, by, a: '', b: '' })}
        />
      )}
      {!('problem' in selection) && (
        <>
          <ControlSelect
            id="compare-a"
            label={t(lang, selection.mode === 'waves' ? 'compare.waveA' : 'compare.a')}
            value={selection.a}
            options={levels}
            onChange={(a) => set({ ...state.compare, by, a, b: selection.b })}
          />
          <ControlSelect
            id="compare-b"
            label={t(lang, selection.mode === 'waves' ? 'compare.waveB' : 'compare.b')}
            value={selection.b}
            options={levels}
            onChange={(b) => set({ ...state.compare, by, a: selection.a, b })}
          />
        </>
      )}
    </div>
  );
}
