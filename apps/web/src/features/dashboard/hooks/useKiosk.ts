import { useEffect, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { dashboardPath } from '../../../shared/url/paths';

export const KIOSK_ROTATION_MS = 30_000;
/** The choices TV mode offers for how long each dashboard shows, in seconds. */
export const KIOSK_INTERVALS = [15, 30, 60, 300] as const;
const MIN_INTERVAL_S = 5;
const MAX_INTERVAL_S = 3600;

export function useKioskMode(): boolean {
  const [params] = useSearchParams();
  return params.get('kiosk') === '1';
}

/** The dashboard after `current` in `slugs`, wrapping around. */
export function nextSlug(slugs: readonly string[], current: string): string | null {
  if (slugs.length < 2) return null;
  const index = slugs.indexOf(current);
  return slugs[(index + 1) % slugs.length];
}

/**
 * The dashboards TV mode rotates through: the URL's `playlist` (slugs, comma-separated, in its order) among those
 * the user may open, or all of them without one.
 */
export function kioskPlaylist(params: URLSearchParams, available: readonly string[]): string[] {
  const chosen = (params.get('playlist') ?? '').split(',').map((slug) => slug.trim()).filter(Boolean);
  return chosen.length > 0 ? chosen.filter((slug, i) => available.includes(slug) && chosen.indexOf(slug) === i) : [...available];
}

/** How long each dashboard shows: the URL's `every` in seconds (5 s to an hour), else 30 s. */
export function kioskIntervalMs(params: URLSearchParams): number {
  const seconds = Number(params.get('every'));
  return Number.isInteger(seconds) && seconds >= MIN_INTERVAL_S && seconds <= MAX_INTERVAL_S ? seconds * 1000 : KIOSK_ROTATION_MS;
}

/** In kiosk mode, moves to the next dashboard after `intervalMs`, keeping range/compare/kiosk/playlist in the URL. */
export function useKioskRotation(slugs: readonly string[], current: string, enabled: boolean, intervalMs: number = KIOSK_ROTATION_MS): string | null {
  const navigate = useNavigate();
  const location = useLocation();
  const next = useMemo(() => nextSlug(slugs, current), [slugs, current]);
  useEffect(() => {
    if (!enabled || !next) return;
    const timer = setTimeout(() => navigate({ pathname: dashboardPath(next), search: location.search }), intervalMs);
    return () => clearTimeout(timer);
  }, [enabled, next, navigate, location.search, intervalMs]);
  return next;
}
