import { CronExpressionParser } from 'cron-parser';
import { MAX_EXPECTED_INTERVAL_MINUTES } from '@opshub/metrics';
import { badUserInput } from '../../common/errors';

/** Every N minutes, or a cron expression in the organisation's time zone: exactly one of the two. */
export interface Schedule {
  everyMinutes: number | null;
  cron: string | null;
}

const MINUTE = 60_000;
/** Occurrences a cron expression is sampled over for its longest gap (a week of hourly runs and more). */
const CRON_SAMPLES = 200;

/**
 * Checks a schedule and returns the longest gap it leaves between syncs, in minutes: what the metric's freshness
 * expects when the catalog sets no interval. For a cron that skips weekends, the weekend gap.
 */
export function scheduleInterval(schedule: Schedule, timeZone: string, now: Date): number {
  const { everyMinutes, cron } = schedule;
  if ((everyMinutes == null) === (cron == null || cron.trim() === '')) {
    throw badUserInput('Give either everyMinutes or cron', { field: 'input.everyMinutes' });
  }
  if (everyMinutes != null) {
    if (!Number.isInteger(everyMinutes) || everyMinutes < 1 || everyMinutes > MAX_EXPECTED_INTERVAL_MINUTES) {
      throw badUserInput(`everyMinutes must be a whole number from 1 to ${MAX_EXPECTED_INTERVAL_MINUTES}`, { field: 'input.everyMinutes' });
    }
    return everyMinutes;
  }
  let expression;
  try {
    expression = CronExpressionParser.parse(cron!.trim(), { currentDate: now, tz: timeZone });
  } catch (error) {
    throw badUserInput(`cron is not a valid cron expression: ${(error as Error).message}`, { field: 'input.cron' });
  }
  let previous = now.getTime();
  let longest = 0;
  for (let i = 0; i < CRON_SAMPLES && expression.hasNext(); i++) {
    const next = expression.next().getTime();
    longest = Math.max(longest, next - previous);
    previous = next;
  }
  const minutes = Math.ceil(longest / MINUTE);
  if (minutes < 1 || minutes > MAX_EXPECTED_INTERVAL_MINUTES) {
    throw badUserInput('cron must run at least every 90 days', { field: 'input.cron' });
  }
  return minutes;
}

/** When a schedule next runs after `after`. */
export function nextRunAfter(schedule: Schedule, timeZone: string, after: Date): Date {
  if (schedule.everyMinutes != null) return new Date(after.getTime() + schedule.everyMinutes * MINUTE);
  return CronExpressionParser.parse(schedule.cron!, { currentDate: after, tz: timeZone }).next().toDate();
}
