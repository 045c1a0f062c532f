import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { isValidTimeZone } from '@opshub/metrics';
import { browserTimeZone, TimeZoneContext } from '../shared/format/TimeZoneContext';
import { OrganizationQuery } from './organization';

/** Provides the organisation's time zone (period boundaries, dates, custom ranges) to the whole app. */
export function OrganizationProvider({ children }: { children: ReactNode }) {
  const { data } = useQuery(OrganizationQuery, { fetchPolicy: 'cache-first' });
  const zone = data?.organization.timeZone;
  const timeZone = zone && isValidTimeZone(zone) ? zone : browserTimeZone();
  return <TimeZoneContext.Provider value={timeZone}>{children}</TimeZoneContext.Provider>;
}
