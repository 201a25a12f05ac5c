import type { Lang } from '@minat/core';
import { APP_EN, APP_ID } from './messages-app.ts';
import { UPLOAD_EN, UPLOAD_ID } from './messages-upload.ts';
import { VIEWS_EN, VIEWS_ID } from './messages-views.ts';
import { VIEWS_A_EN, VIEWS_A_ID } from './messages-views-a.ts';
import { VIEWS_B_EN, VIEWS_B_ID } from './messages-views-b.ts';

const EN = { ...APP_EN, ...VIEWS_EN, ...VIEWS_A_EN, ...VIEWS_B_EN, ...UPLOAD_EN };

/** Every text key of the dashboard. */
export type MessageKey = keyof typeof EN;

const MESSAGES: Record<Lang, Record<MessageKey, string>> = {
  en: EN,
  id: { ...APP_ID, ...VIEWS_ID, ...VIEWS_A_ID, ...VIEWS_B_ID, ...UPLOAD_ID },
};

/** Parameters substituted into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/**
 * The dashboard's one message function: every text the page shows, in English or Indonesian, with
 * `{name}` placeholders filled (numbers formatted for the language).
 * @example t('id', 'app.rows', { accepted: 10394, read: 10394, rejected: 0 })
 */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const text = MESSAGES[lang][key] ?? MESSAGES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    return typeof v === 'number' ? v.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB') : v;
  });
}
