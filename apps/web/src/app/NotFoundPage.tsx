import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../shared/hooks';
import { useI18n } from '../shared/i18n';
import { EmptyState } from '../shared/ui/States';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('app.notFound'));
  return (
    <div className="page">
      <EmptyState title={t('app.notFound')} hint={t('app.notFoundHint')}>
        <Link className="button" to="/">
          {t('app.goHome')}
        </Link>
      </EmptyState>
    </div>
  );
}
