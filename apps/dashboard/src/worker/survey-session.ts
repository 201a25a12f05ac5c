import {
  buildDesign,
  getProvince,
  latestWave,
  measuresByKind,
  prepareFilters,
  provinces,
  type SurveyDesign,
  type LocalizedText as Text,
  type ValidatedSurvey,
  waveOrder,
} from '@minat/core';
import type { GroupingInfo, SurveyInfo } from './protocol.ts';
import { retainedBytes } from './retained-bytes.ts';

const MEMO_SIZE = 64;
/** Bytes of typed arrays the memo may hold (an estimate table of 1M respondents holds ~20 MB). */
const MEMO_BYTES = 192 * 2 ** 20;

const ISLAND_GROUP_LABELS: Record<string, Text> = {
  Sumatra: { en: 'Sumatra', id: 'Sumatra' },
  Jawa: { en: 'Java', id: 'Jawa' },
  'Bali & Nusa Tenggara': { en: 'Bali and Nusa Tenggara', id: 'Bali dan Nusa Tenggara' },
  Kalimantan: { en: 'Kalimantan', id: 'Kalimantan' },
  Sulawesi: { en: 'Sulawesi', id: 'Sulawesi' },
  Maluku: { en: 'Maluku', id: 'Maluku' },
  Papua: { en: 'Papua', id: 'Papua' },
};

/**
 * A loaded survey in the worker: the validated survey, its designs (weighted, and with weights
 * switched off: every respondent counts 1, strata and clusters kept), built once with the lonely-PSU
 * option `adjust` (an upload may have single-PSU strata; the page says which), and a small memo of
 * results keyed by their options so a language switch or a revisit costs nothing.
 */
export class SurveySession {
  readonly survey: ValidatedSurvey;
  readonly name: string;
  /** Which load of the tab this is (see `SurveyInfo.id`). */
  readonly id: number;
  private readonly designs = new Map<boolean, SurveyDesign>();
  private readonly memo = new Map<string, { value: unknown; bytes: number }>();
  private memoBytes = 0;
  private filtersPrepared = false;
  private readonly unweighted: ValidatedSurvey;

  constructor(survey: ValidatedSurvey, name: string, id: number) {
    this.survey = survey;
    this.name = name;
    this.id = id;
    this.unweighted = survey.weighted
      ? { ...survey, weight: new Float64Array(survey.n).fill(1), weighted: false }
      : survey;
  }

  /** The survey as estimated with weights on or off. */
  surveyFor(weights: boolean): ValidatedSurvey {
    return weights ? this.survey : this.unweighted;
  }

  /**
   * The design with weights on or off (built on first use). Switching weights off changes only the
   * weights: the unweighted design is the weighted one with weights 1, as `buildDesign` of the
   * unweighted survey gives, without another pass over the rows' strata and PSUs.
   */
  design(weights: boolean): SurveyDesign {
    let design = this.designs.get(weights);
    if (!design) {
      const other = this.designs.get(!weights);
      if (other && this.survey.weighted && !weights) {
        design = { ...other, weights: Float64Array.from(this.unweighted.weight), weighted: false };
      } else if (other && !this.survey.weighted) {
        design = other;
      } else {
        design = buildDesign(this.surveyFor(weights), { lonelyPsu: 'adjust' });
      }
      this.designs.set(weights, design);
    }
    return design;
  }

  /**
   * A result computed once per key: the most recent {@link MEMO_SIZE} kept, fewer when they hold more
   * than {@link MEMO_BYTES} of typed arrays (results on a large survey keep per-respondent arrays).
   */
  cached<T>(key: string, compute: () => T): T {
    const hit = this.memo.get(key);
    if (hit) {
      this.memo.delete(key);
      this.memo.set(key, hit);
      return hit.value as T;
    }
    const value = compute();
    const bytes = retainedBytes(value, this.shared());
    this.memo.set(key, { value, bytes });
    this.memoBytes += bytes;
    while (this.memo.size > 1 && (this.memo.size > MEMO_SIZE || this.memoBytes > MEMO_BYTES)) {
      const oldest = this.memo.keys().next().value as string;
      this.memoBytes -= this.memo.get(oldest)!.bytes;
      this.memo.delete(oldest);
    }
    return value;
  }

  /**
   * Builds, once, the row lists of every column a filter can name (core's `prepareFilters`), so the
   * first filter on a column is as fast as the next. Called after a view is answered, not before.
   */
  prepareFilters(): void {
    if (this.filtersPrepared) return;
    this.filtersPrepared = true;
    prepareFilters(this.survey);
  }

  /** A memoised result if there is one (without computing it). */
  peek<T>(key: string): T | undefined {
    return this.memo.get(key)?.value as T | undefined;
  }

  /** Buffers of the survey and its designs: results that point at them do not hold them. */
  private shared(): Set<ArrayBufferLike> {
    const buffers = new Set<ArrayBufferLike>();
    const add = (v: unknown) => {
      if (ArrayBuffer.isView(v)) buffers.add(v.buffer);
    };
    for (const source of [this.survey, this.unweighted, ...this.designs.values()])
      for (const v of Object.values(source)) add(v);
    return buffers;
  }

  /** What the page needs to know: groupings with labels, waves, measures, accounting, design notes. */
  info(): SurveyInfo {
    return this.cached('info', () => this.describe());
  }

  private describe(): SurveyInfo {
    const { survey } = this;
    const { schema } = survey;
    const design = this.design(true);
    const groupings: GroupingInfo[] = [];
    const waves = survey.wave ? waveOrder(survey.wave.levels) : [];
    if (survey.wave) {
      groupings.push({
        key: 'wave',
        label: { en: 'Wave', id: 'Putaran' },
        levels: waves.map((w) => ({ code: w, label: { en: w, id: w } })),
      });
    }
    if (survey.province) {
      const codes = [...survey.province.levels].sort();
      groupings.push({
        key: 'province',
        label: schema.province?.label ?? { en: 'Province', id: 'Provinsi' },
        levels: codes.map((code) => {
          const p = getProvince(code);
          return { code, label: p ? { en: p.name.en, id: p.name.id } : { en: code, id: code } };
        }),
      });
      const groups = [...new Set(codes.map((c) => getProvince(c)?.islandGroup).filter(Boolean))] as string[];
      const order = [...new Set(provinces.map((p) => p.islandGroup))] as string[];
      groups.sort((a, b) => order.indexOf(a) - order.indexOf(b));
      groupings.push({
        key: 'island_group',
        label: { en: 'Island group', id: 'Kelompok pulau' },
        levels: groups.map((g) => ({ code: g, label: ISLAND_GROUP_LABELS[g] ?? { en: g, id: g } })),
      });
    }
    for (const d of schema.dimensions) {
      const column = survey.dimensions[d.key];
      if (!column) continue;
      const labelled = new Map<string, Text>();
      for (const c of d.codes ?? []) labelled.set(c.code, c.label);
      for (const b of d.bins ?? []) labelled.set(b.code, b.label);
      const ordered = [...labelled.keys()].filter((c) => column.levels.includes(c));
      for (const c of column.levels) if (!ordered.includes(c)) ordered.push(c);
      groupings.push({
        key: d.key,
        label: d.label ?? { en: d.key, id: d.key },
        levels: ordered.map((code) => ({ code, label: labelled.get(code) ?? { en: code, id: code } })),
      });
    }
    const lonelyStrata = design.issues
      .filter((i) => i.code === 'lonely-psu')
      .flatMap((i) => (i.details?.strata as string[] | undefined) ?? []);
    const kind = schema.destination.kind;
    const info: SurveyInfo = {
      id: this.id,
      name: this.name,
      source: { en: schema.source ?? this.name, id: schema.source ?? this.name },
      read: survey.accounting.read,
      accepted: survey.accounting.accepted,
      rejected: survey.accounting.rejected.length,
      weighted: survey.weighted,
      kind,
      measures: [...measuresByKind[kind]],
      waves,
      groupings,
      hasProvince: survey.province !== undefined,
      hasReadiness: survey.readiness !== undefined,
      design: {
        ...(schema.weight ? { weight: schema.weight } : {}),
        ...(schema.strata ? { strata: schema.strata } : {}),
        ...(schema.psu ? { psu: schema.psu } : {}),
      },
      lonely: { option: 'adjust', strata: lonelyStrata },
      issues: [...survey.issues, ...design.issues].slice(0, 200),
    };
    if (schema.title) info.title = schema.title;
    const latest = latestWave(survey);
    if (latest !== undefined) info.latestWave = latest;
    return info;
  }
}
