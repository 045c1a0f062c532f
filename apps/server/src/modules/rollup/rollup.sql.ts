/**
 * The SQL every rollup statement shares: the SeriesStats of a group of raw rows `o`, and the merge of a group of
 * stats rows `p`. One definition for every level, the write path, the rebuild, the reads and the series-delete
 * trigger (installed from here at start-up), so rollups and raw rows cannot disagree. The latest value is the
 * greatest [time, value] pair (ties between series at the same instant go to the larger value): a plain
 * aggregate, so PostgreSQL may hash instead of sorting each group.
 */
export const STATS_NAMES = ['sum', 'count', 'min', 'max', 'last', 'last_at', 'updated_at'];
const latest = (value: string, at: string, filter: string) => `(max(ARRAY[date_part('epoch', ${at}), ${value}])${filter})[2]`;
export const rawStats = (latestFilter = '') => ['sum(o.value)::float8', 'count(*)::int', 'min(o.value)', 'max(o.value)', latest('o.value', 'o.at', latestFilter), 'max(o.at)', 'max(o.updated_at)'];
export const mergedStats = (latestFilter = '') => ['sum(p.sum)::float8', 'sum(p.count)::int', 'min(p.min)', 'max(p.max)', latest('p.last', 'p.last_at', latestFilter), 'max(p.last_at)', 'max(p.updated_at)'];
export const RAW_STATS = rawStats();
export const MERGED_STATS = mergedStats();
/** One raw row as a stats row. */
export const RAW_ROW_STATS = 'o.value, 1, o.value, o.value, o.value, o.at, o.updated_at';
export const STATS_COLUMNS = STATS_NAMES.join(', ');
export const UPSERT_STATS = `DO UPDATE SET (${STATS_COLUMNS}) = (${STATS_NAMES.map((name) => `EXCLUDED.${name}`).join(', ')})`;
export const columnsOf = (alias: string) => STATS_NAMES.map((name) => `${alias}.${name}`).join(', ');
export const named = (stats: string[]) => stats.map((expr, i) => `${expr} AS ${STATS_NAMES[i]}`).join(', ');

/** The start of the local day of `at` in rollup_state's zone `z`, as PostgreSQL cuts it (DST included). */
export const localDay = (at: string) => `date_trunc('day', ${at} AT TIME ZONE z.time_zone) AT TIME ZONE z.time_zone`;
export const lastInstantOfHour = (hour: string) => `(${hour} + interval '1 hour' - interval '1 microsecond')`;
