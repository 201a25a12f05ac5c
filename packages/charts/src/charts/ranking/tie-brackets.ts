import type { RankingDatum } from './ranking-data.ts';

/** A bracket joining the bars of one tie group: first and last label, and where it stands. */
export interface TieBracket {
  tie_group: number;
  from: string;
  to: string;
  /** Rightmost interval bound of the group (the bracket is drawn a fixed distance beyond it). */
  x: number;
  members: string[];
}

/**
 * The tie brackets of a ranking: each tie group (`tie_group` of `@minat/core`'s ranking, chains of
 * adjacent destinations whose shares do not differ significantly) with two or more bars shown next to
 * each other.
 * @param data - the bars in display order
 * @example tieBrackets(rankingData(rows, options)).map((b) => b.members)
 */
export function tieBrackets(data: readonly RankingDatum[]): TieBracket[] {
  const out: TieBracket[] = [];
  let run: RankingDatum[] = [];
  const close = () => {
    if (run.length >= 2) {
      out.push({
        tie_group: run[0]!.tie_group!,
        from: run[0]!.label,
        to: run.at(-1)!.label,
        x: Math.max(...run.map((d) => d.ci_high ?? d.estimate ?? 0)),
        members: run.map((d) => d.label),
      });
    }
    run = [];
  };
  for (const d of data) {
    if (d.tie_group !== null && run.length > 0 && run[0]!.tie_group === d.tie_group) run.push(d);
    else {
      close();
      if (d.tie_group !== null) run = [d];
    }
  }
  close();
  return out;
}
