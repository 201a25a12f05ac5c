/**
 * A whole number with comma thousands separators, independent of the runtime's locale.
 * @example formatCount(297434) // '297,434'
 */
export function formatCount(value: number): string {
  const [int, frac] = String(value).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
