import { MinatError } from '../../errors/minat-error.ts';
import { type EstimateRow, STANDARD_COLUMNS } from '../../estimate/estimate-row.ts';
import { getCountry } from '../../reference/get-country.ts';
import type { Placement } from '../../reference/placement.ts';
import { placements as referencePlacements } from '../../reference/placements.ts';
import { formatCount } from './format-count.ts';
import { type PickedFigure, pickFigure } from './pick-figure.ts';
import { placementYear } from './placement-year.ts';

/** Options of {@link placementsComparison}. */
export interface PlacementsComparisonOptions {
  /** The wave the shares come from; its calendar year (e.g. `2026`, `"2026"`, `"2026-1"`) picks the figures. */
  wave: string | number;
  /** Language of the `name` column (default `en`). */
  lang?: 'en' | 'id';
  /** Placement figures (default: the reference data, `data/reference/placements.csv`). */
  placements?: readonly Placement[];
}

/** One destination: survey share beside the official placement share. Nulls mean "not available". */
export interface PlacementComparisonRow {
  [grouping: string]: string | number | null | string[];
  destination: string;
  /** Country name in `lang`; null for region units. */
  name: string | null;
  survey_share: number | null;
  survey_ci_low: number | null;
  survey_ci_high: number | null;
  /** Placements to the destination / published total placements of the year. */
  placement_share: number | null;
  /** survey_share / placement_share. */
  ratio: number | null;
  /** survey_share − placement_share, in percentage points. */
  gap: number | null;
  placement_count: number | null;
  /** The year of the placement figures (the same for every row). */
  placement_year: number | null;
  /** The published total the share divides by. */
  placement_total: number | null;
  source_key: string | null;
  source_url: string | null;
  confidence: string | null;
  note: string;
}

/** A comparison table and the pairing it used. */
export interface PlacementsComparison {
  rows: PlacementComparisonRow[];
  wave: string;
  placementYear: number | null;
  /** The wave–year pairing in words. */
  note: string;
}

const OWN = new Set<string>(['destination', 'measure', 'base', ...STANDARD_COLUMNS]);

function waveYear(wave: string | number): number {
  const m = /^\s*(\d{4})(?!\d)/.exec(String(wave));
  if (!m) {
    throw new MinatError(
      'option-invalid',
      `invalid wave ${JSON.stringify(String(wave))} for placements: expected a wave named by its year, e.g. 2026`,
      { value: String(wave), expected: 'a year, e.g. 2026' },
    );
  }
  return Number(m[1]);
}

/**
 * Stated preference beside actual placements: joins first-choice shares of one wave with the official
 * full-year placement figures (BP2MI/KP2MI, `data/reference/placements.csv`) by destination. The wave
 * pairs with the full-year figures of its own year, or the latest earlier year with a full-year
 * destination breakdown ({@link placementYear}); `placement_year` and `note` say which. The placement
 * share divides by the published total of that year (the published top-20 lists cover ~99% of it), so
 * the shares of listed destinations need no renormalising. Where several rows give the same figure
 * (destination or total) for the year, the higher-confidence one wins and `note` says so
 * ({@link pickFigure}). A destination absent from the published lists is "not published": count,
 * share, ratio and gap are null, never 0 (`note` cites a G-to-G scheme count when one exists).
 *
 * @param shares - First-choice share rows (`estimateShares`, measure `first`) of one wave; rows with a
 *   `wave` column are kept only for `options.wave`. Other grouping columns are carried over.
 * @param options - The wave, the name language, and optionally other placement figures.
 * @returns One row per share row, with the survey share, placement share, ratio, gap and sources.
 * @throws MinatError `option-invalid` for a wave without a year, shares of another measure, or no row of the wave
 * @example placementsComparison(estimateShares(survey, design, { filter: { wave: ['2024'] } }).rows, { wave: 2024 })
 */
export function placementsComparison(
  shares: readonly EstimateRow[],
  options: PlacementsComparisonOptions,
): PlacementsComparison {
  const wave = String(options.wave).trim();
  const year = waveYear(wave);
  const figures = options.placements ?? referencePlacements;
  const lang = options.lang ?? 'en';
  const measures = [...new Set(shares.map((r) => r.measure))].filter((m) => m !== 'first');
  if (measures.length > 0) {
    throw new MinatError(
      'option-invalid',
      `invalid shares for placements: measure ${measures.join(', ')}; expected first-choice shares (measure first)`,
      { value: measures.join(', '), expected: 'first' },
    );
  }
  const rows = shares.filter((r) => r['wave'] === undefined || String(r['wave']) === wave);
  if (shares.length > 0 && rows.length === 0) {
    throw new MinatError(
      'option-invalid',
      `invalid wave ${JSON.stringify(wave)}: no share row has wave ${wave}`,
      {
        value: wave,
      },
    );
  }
  const pairing = placementYear(year, figures);
  const y = pairing.year;
  const ofYear = figures.filter((p) => p.year === y && p.year !== undefined);
  const fullYear = ofYear.filter((p) => p.period === 'full_year');
  const totals = fullYear.filter((p) => p.dimension === 'total');
  const total: PickedFigure | undefined = totals.length > 0 ? pickFigure(totals) : undefined;
  const byDestination = new Map<string, Placement[]>();
  for (const p of fullYear) {
    if (p.dimension !== 'destination') continue;
    byDestination.set(p.key, [...(byDestination.get(p.key) ?? []), p]);
  }
  const listed = byDestination.size;
  const totalNote = total
    ? `share of the published ${y} total ${formatCount(total.figure.value)} (${total.figure.sourceKey})${total.disagreement ? `; total: ${total.disagreement}` : ''}`
    : `no published ${y} total: placement share not computed`;
  const out = rows.map((r): PlacementComparisonRow => {
    const grouping = Object.fromEntries(Object.entries(r).filter(([k]) => !OWN.has(k)));
    const code = r.destination;
    const country = getCountry(code);
    const found = byDestination.get(code);
    const picked = found ? pickFigure(found) : undefined;
    const survey = r.estimate;
    const count = picked ? picked.figure.value : null;
    const placementShare = count !== null && total ? count / total.figure.value : null;
    const notes = [pairing.note];
    if (picked) {
      notes.push(totalNote);
      if (picked.disagreement) notes.push(picked.disagreement);
    } else if (code === 'ZZ') notes.push('another country: no placement figure');
    else if (y !== null) {
      notes.push(
        `not published: ${code} is not among the ${listed} destinations with ${y} full-year figures`,
      );
      const g2g = ofYear.find((p) => p.dimension === 'scheme' && p.key === `g2g_${code}`);
      if (g2g)
        notes.push(
          `${y} G-to-G placements to ${code}: ${formatCount(g2g.value)} (${g2g.sourceKey}; a lower bound)`,
        );
    }
    return {
      ...grouping,
      destination: code,
      name: country ? country.name[lang] : null,
      survey_share: survey,
      survey_ci_low: r.ci_low,
      survey_ci_high: r.ci_high,
      placement_share: placementShare,
      ratio:
        survey !== null && placementShare !== null && placementShare > 0 ? survey / placementShare : null,
      gap: survey !== null && placementShare !== null ? (survey - placementShare) * 100 : null,
      placement_count: count,
      placement_year: y,
      placement_total: picked && total ? total.figure.value : null,
      source_key: picked ? picked.figure.sourceKey : null,
      source_url: picked ? picked.figure.sourceUrl : null,
      confidence: picked ? picked.figure.confidence : null,
      note: notes.join('; '),
    };
  });
  return { rows: out, wave, placementYear: y, note: pairing.note };
}
