import { NavLink, useSearchParams, type NavLinkProps } from 'react-router-dom';
import { useI18n } from '../../../shared/i18n';
import { Icon } from '../../../shared/ui/Icon';
import { carryOverSearch } from '../../../shared/url/viewState';
import { useSignedInViewer } from '../../rules/hooks/useSignedInViewer';

/** The Channels page in the header, for those who may manage channels (not viewers). */
export function ChannelsNavLink({ className }: { className: NavLinkProps['className'] }) {
  const { t } = useI18n();
  const viewer = useSignedInViewer();
  const [params] = useSearchParams();
  if (!viewer || viewer.role === 'VIEWER') return null;
  return (
    <NavLink to={{ pathname: '/channels', search: carryOverSearch(params) }} className={className} data-testid="channels-link">
      <Icon name="globe" size={16} />
      <span>{t('rules.channelsPage.nav')}</span>
    </NavLink>
  );
}
