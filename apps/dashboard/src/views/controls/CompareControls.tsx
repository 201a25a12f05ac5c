import type { ViewControlsProps } from '../view-controls.ts';

/** Controls of the Compare view (being built). */
export function CompareControls(_props: ViewControlsProps) {
  return null;
}
