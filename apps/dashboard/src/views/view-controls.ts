import type { FunctionComponent } from 'preact';
import type { DashboardState, ViewName } from '../state/dashboard-state.ts';
import type { SurveyInfo } from '../worker/protocol.ts';

/** Props of a view's own controls (above its charts): e.g. the groups compared, the mapped destination. */
export interface ViewControlsProps {
  state: DashboardState;
  info: SurveyInfo;
  onChange: (state: DashboardState) => void;
}

/** Views with controls of their own; filled by each view's module. */
export const viewControls: Partial<Record<ViewName, FunctionComponent<ViewControlsProps>>> = {};
