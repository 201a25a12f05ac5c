import type { FunctionComponent } from 'preact';
import type { DashboardState, ViewName } from '../state/dashboard-state.ts';
import type { SurveyInfo, ViewPayload } from '../worker/protocol.ts';
import { CompareControls } from './controls/CompareControls.tsx';
import { OriginControls } from './controls/OriginControls.tsx';
import { TrendsControls } from './controls/TrendsControls.tsx';

/** Props of a view's own controls (above its charts): e.g. the groups compared, the mapped destination. */
export interface ViewControlsProps {
  state: DashboardState;
  info: SurveyInfo;
  onChange: (state: DashboardState) => void;
  /** The view's last answer (e.g. the destinations the Origin map can show). */
  payload?: ViewPayload | undefined;
}

/** Views with controls of their own. */
export const viewControls: Partial<Record<ViewName, FunctionComponent<ViewControlsProps>>> = {
  trends: TrendsControls,
  origin: OriginControls,
  compare: CompareControls,
};
