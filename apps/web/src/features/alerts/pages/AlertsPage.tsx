import { useViewer } from '../../auth/hooks/useViewer';
import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { RulesPanel } from '../../rules/components/RulesPanel';
import { AlertFeed } from '../components/AlertFeed';
import { WebhookDeliveries } from '../components/WebhookDeliveries';

export default function AlertsPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  useDocumentTitle(t('alerts.title'));
  return (
    <div className="page" data-testid="alerts-page">
      <header className="page-header">
        <h1>{t('alerts.title')}</h1>
      </header>
      <AlertFeed />
      <RulesPanel />
      {/* Webhook endpoints are administration: only admins may read their delivery log. */}
      {viewer?.role === 'ADMIN' && <WebhookDeliveries />}
    </div>
  );
}
