const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;

/**
 * The Equal Earth projection (Šavrič, Patterson & Jenny 2018) at scale 1, as d3-geo and Vega compute
 * it: longitude and latitude in degrees to x (east) and y (north) in projection units. The world map
 * lays out its labels with it, in the same pixels Vega draws the circles in.
 * @param lon - longitude in degrees
 * @param lat - latitude in degrees
 * @example equalEarth(180, 0)[0] // 2.7066…
 */
export function equalEarth(lon: number, lat: number): [number, number] {
  const lambda = (lon * Math.PI) / 180;
  const theta = Math.asin(M * Math.sin((lat * Math.PI) / 180));
  const t2 = theta * theta;
  const t6 = t2 * t2 * t2;
  const x = (lambda * Math.cos(theta)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [x, y];
}
