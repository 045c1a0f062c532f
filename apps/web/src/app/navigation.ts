import type { Role } from '../gql/graphql';
import type { MessageKey } from '../shared/i18n';
import type { IconName } from '../shared/ui/Icon';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: IconName;
  testId: string;
  /** Shown only to these roles; the server refuses the others anyway. */
  roles?: readonly Role[];
}

/** The pages beside the dashboards, in the order the sidebar lists them. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/attention', label: 'nav.attention', icon: 'flag', testId: 'attention-link' },
  { path: '/goals', label: 'goals.nav', icon: 'target', testId: 'goals-link' },
  { path: '/initiatives', label: 'plan.nav', icon: 'grid', testId: 'initiatives-link' },
  { path: '/reviews', label: 'review.nav', icon: 'check', testId: 'reviews-link' },
  { path: '/alerts', label: 'nav.alerts', icon: 'alert', testId: 'alerts-link' },
  { path: '/channels', label: 'rules.channelsPage.nav', icon: 'bell', testId: 'channels-link', roles: ['ADMIN', 'EXECUTIVE', 'DEPARTMENT_HEAD'] },
  { path: '/catalog', label: 'catalog.nav', icon: 'book', testId: 'catalog-link' },
  { path: '/sources', label: 'sources.nav', icon: 'database', testId: 'sources-link', roles: ['ADMIN'] },
  // Importing needs the INGEST scope, which among people only an ADMIN has.
  { path: '/imports', label: 'imports.nav', icon: 'upload', testId: 'imports-link', roles: ['ADMIN'] },
  { path: '/admin', label: 'admin.nav.link', icon: 'settings', testId: 'admin-link', roles: ['ADMIN'] },
];

export function visibleNavItems(role: Role | null | undefined): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || (role != null && item.roles.includes(role)));
}
