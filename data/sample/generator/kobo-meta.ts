import type { SurveyRow } from './columns.ts';
import { createRng, deriveSeed, type Rng } from './prng.ts';

/** The KoBo metadata of one submission, formatted as KoBo exports it. */
export interface KoboMeta {
  /** Local time with offset, e.g. `2026-02-03T09:14:22.517+07:00`. */
  start: string;
  end: string;
  _id: string;
  _uuid: string;
  /** UTC without zone, e.g. `2026-02-03T12:00:41`. */
  _submission_time: string;
}

/** Hours ahead of UTC: WITA (+8) for Bali, Nusa Tenggara, Kalsel/Kaltim/Kaltara and Sulawesi; WIT (+9) east. */
function utcOffset(province: string): number {
  const n = Number(province);
  if (n >= 81) return 9;
  if ((n >= 51 && n <= 53) || (n >= 63 && n <= 76)) return 8;
  return 7;
}

function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = (8 + rng.int(0, 3)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/**
 * Makes plausible KoBo metadata for the rows, in row order: fieldwork Monday to Saturday from
 * 2 Feb 2026 over about ten weeks, interviews of 11–38 minutes in local working hours (WIB/WITA/WIT by
 * province), each day's forms synced at 19:00 WIB, so `_id` and `_submission_time` rise with the rows.
 *
 * @param rows - the 2026 rows, in export order
 * @param seed - master seed
 * @returns one metadata record per row
 * @example
 * ```ts
 * koboMeta(rows, 20260212)[0]?._uuid; // e.g. '3f2c…-4…'
 * ```
 */
export function koboMeta(rows: SurveyRow[], seed: number): KoboMeta[] {
  const rng = createRng(deriveSeed(seed, 'kobo-meta'));
  const workdays = 60;
  let id = 412_337_051;
  let lastDay = -1;
  let sync = 0;
  return rows.map((row, r) => {
    const w = Math.floor((r * workdays) / rows.length);
    const day = w + Math.floor(w / 6);
    const offset = utcOffset(row.province);
    const zone = `+0${offset}:00`;
    const local = Date.UTC(2026, 1, 2 + day, 8, rng.int(0, 540), rng.int(0, 59), rng.int(0, 999));
    const duration = (rng.int(11, 37) * 60 + rng.int(0, 59)) * 1000 + rng.int(0, 999);
    if (day !== lastDay) sync = Date.UTC(2026, 1, 2 + day, 12, 0, rng.int(0, 59));
    lastDay = day;
    sync += rng.int(3, 20) * 1000;
    id += rng.int(1, 6);
    return {
      start: new Date(local).toISOString().replace('Z', zone),
      end: new Date(local + duration).toISOString().replace('Z', zone),
      _id: String(id),
      _uuid: uuid(rng),
      _submission_time: new Date(sync).toISOString().slice(0, 19),
    };
  });
}
