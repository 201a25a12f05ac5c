import { MinatError } from '../errors/minat-error.ts';
import { getCountry } from '../reference/get-country.ts';

/** How destinations are grouped: each country, or UN region / subregion, or the policy grouping. */
export type DestinationGrouping = 'country' | 'un-region' | 'un-subregion' | 'policy-region';

const GROUPINGS: DestinationGrouping[] = ['country', 'un-region', 'un-subregion', 'policy-region'];

/** Label of destinations without a known region (another country `ZZ`, countries outside the reference list). */
export const UNASSIGNED_REGION = 'Other / unassigned';

/**
 * Maps destination codes to the units of a grouping: `units` are the unit labels, `unitOf[k]` the unit
 * of destination level k.
 * @throws MinatError `option-invalid` for an unknown grouping
 * @example destinationUnits(['JP', 'DE'], 'policy-region') // { units: ['East Asia', 'Europe'], unitOf: [0, 1] }
 */
export function destinationUnits(
  levels: readonly string[],
  grouping: DestinationGrouping = 'country',
): { units: string[]; unitOf: Int32Array } {
  if (!GROUPINGS.includes(grouping)) {
    throw new MinatError(
      'option-invalid',
      `invalid destination grouping ${JSON.stringify(grouping)}: expected one of ${GROUPINGS.join(', ')}`,
      {
        value: String(grouping),
        expected: GROUPINGS.join(', '),
      },
    );
  }
  if (grouping === 'country') return { units: [...levels], unitOf: Int32Array.from(levels, (_, k) => k) };
  const units: string[] = [];
  const index = new Map<string, number>();
  const unitOf = Int32Array.from(levels, (code) => {
    const c = getCountry(code);
    const unit =
      (grouping === 'un-region'
        ? c?.region?.name
        : grouping === 'un-subregion'
          ? c?.subregion?.name
          : c?.policyRegion) ?? UNASSIGNED_REGION;
    let u = index.get(unit);
    if (u === undefined) {
      u = units.length;
      units.push(unit);
      index.set(unit, u);
    }
    return u;
  });
  return { units, unitOf };
}
