export interface PointLike {
  at: string;
  value: number | null;
}

/** API points → [epoch ms, value] pairs sorted by time. */
export function toPairs(points: readonly PointLike[]): [number, number | null][] {
  return points.map((p) => [Date.parse(p.at), p.value] as [number, number | null]).sort((a, b) => a[0] - b[0]);
}

/** Running total (gaps keep the total so far), for comparing a SUM metric with a whole-period target. */
export function cumulative(pairs: readonly [number, number | null][]): [number, number | null][] {
  let total = 0;
  let seen = false;
  return pairs.map(([at, value]) => {
    if (value !== null) {
      total += value;
      seen = true;
    }
    return [at, seen ? total : null];
  });
}
