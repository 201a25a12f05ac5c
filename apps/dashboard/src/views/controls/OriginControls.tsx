import type { ViewControlsProps } from '../view-controls.ts';

/** Controls of the Origin view (being built). */
export function OriginControls(_props: ViewControlsProps) {
  return null;
}
