/** Texts of views (b), in English. */
export const VIEWS_B_EN = {
  'views-b.placeholder': '',
} as const;

/** Every key of these views. */
export type ViewsBMessageKey = keyof typeof VIEWS_B_EN;

/** Texts of views (b), in Indonesian. */
export const VIEWS_B_ID: Record<ViewsBMessageKey, string> = {
  'views-b.placeholder': '',
};
