import type { Location } from 'react-router-dom';

export const SIGN_IN_PATH = '/sign-in';

/** The sign-in page, remembering the page that was asked for (unless it is the home page). */
export function signInPath(from: Pick<Location, 'pathname' | 'search'> | null): string {
  const next = from ? `${from.pathname}${from.search}` : '/';
  return next === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?${new URLSearchParams({ next })}`;
}

/**
 * Where to go after signing in: `next` when it is a path of this app. Anything else (`//evil.example`,
 * `https://…`, a backslash that browsers read as a slash) goes home, so the link cannot send users elsewhere.
 */
export function nextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  if (next === SIGN_IN_PATH || next.startsWith(`${SIGN_IN_PATH}?`) || next.startsWith(`${SIGN_IN_PATH}/`)) return '/';
  return next;
}
