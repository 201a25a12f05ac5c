import { PALETTE } from './palette.ts';

/**
 * The text colour readable on a fill: white on dark fills, the theme's text colour on light ones
 * (WCAG relative luminance below 0.3 counts as dark).
 * @param fill - a `#RRGGBB` colour
 * @example textOn('#0072B2') // '#FFFFFF'
 */
export function textOn(fill: string): string {
  const channel = (i: number) => {
    const c = Number.parseInt(fill.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance < 0.3 ? '#FFFFFF' : PALETTE.text;
}
