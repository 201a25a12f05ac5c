/** Texts of views (a), in English. */
export const VIEWS_A_EN = {
  'views-a.placeholder': '',
} as const;

/** Every key of these views. */
export type ViewsAMessageKey = keyof typeof VIEWS_A_EN;

/** Texts of views (a), in Indonesian. */
export const VIEWS_A_ID: Record<ViewsAMessageKey, string> = {
  'views-a.placeholder': '',
};
