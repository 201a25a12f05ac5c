import type { ViewControlsProps } from '../view-controls.ts';

/** Controls of the Trends view (being built). */
export function TrendsControls(_props: ViewControlsProps) {
  return null;
}
