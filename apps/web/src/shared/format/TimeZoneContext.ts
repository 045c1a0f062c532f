import { createContext, useContext } from 'react';

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * The organisation's time zone (from the `organization` query): period boundaries are computed in it, so dates
 * are shown and custom ranges are resolved in it too. Until it is known, the browser's zone is used.
 */
export const TimeZoneContext = createContext<string>(browserTimeZone());

export function useTimeZone(): string {
  return useContext(TimeZoneContext);
}
