import type { ViewControlsProps } from '../view-controls.ts';

/**
 * Controls of the Trends view: none. Trends span every wave and follow the filters and settings
 * panels; the charts show the leading destinations of the latest wave.
 */
export function TrendsControls(_props: ViewControlsProps) {
  return null;
}
