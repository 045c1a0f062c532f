import { useEffect, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { dashboardPath } from '../../../shared/url/paths';

export const KIOSK_ROTATION_MS = 30_000;

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

/** In kiosk mode, moves to the next dashboard every 30 s, keeping range/compare/kiosk in the URL. */
export function useKioskRotation(slugs: readonly string[], current: string, enabled: boolean): string | null {
  const navigate = useNavigate();
  const location = useLocation();
  const next = useMemo(() => nextSlug(slugs, current), [slugs, current]);
  useEffect(() => {
    if (!enabled || !next) return;
    const timer = setTimeout(() => navigate({ pathname: dashboardPath(next), search: location.search }), KIOSK_ROTATION_MS);
    return () => clearTimeout(timer);
  }, [enabled, next, navigate, location.search]);
  return next;
}
