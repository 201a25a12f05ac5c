import { createRequire } from 'node:module';

/** The font family every Minat chart is drawn in. */
export const CHART_FONT_FAMILY = 'Inter';

/** Paths of the Inter TTF files shipped by `@expo-google-fonts/inter`, by weight. */
export interface InterFontFiles {
  /** Inter Regular (400). */
  regular: string;
  /** Inter Bold (700). */
  bold: string;
}

/**
 * Locates the Inter font files that charts are measured with and drawn with. They come from the
 * `@expo-google-fonts/inter` npm dependency, so rendering works on a machine without any system fonts.
 *
 * @returns absolute paths of Inter Regular and Inter Bold
 * @example
 * ```ts
 * const { regular } = interFontFiles(); // …/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf
 * ```
 */
export function interFontFiles(): InterFontFiles {
  const require = createRequire(import.meta.url);
  return {
    regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
    bold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
  };
}
