import { canShareDashboards, userGrant } from '@opshub/metrics';
import { useI18n } from '../../../shared/i18n';
import { Icon } from '../../../shared/ui/Icon';
import { useSignedInViewer } from '../../rules/hooks/useSignedInViewer';

/** Opens the dashboard's share panel; shown to those who may make share links (heads, executives, ADMINs), as the server decides. */
export function ShareButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { t } = useI18n();
  const viewer = useSignedInViewer();
  if (!viewer?.role || !canShareDashboards(userGrant(viewer.role, viewer.departments ?? []))) return null;
  return (
    <button type="button" className="button button--small" aria-expanded={open} onClick={onToggle} data-testid="share-button">
      <Icon name="link" size={14} />
      {t('share.button')}
    </button>
  );
}
