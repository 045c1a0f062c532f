import { useEffect, useState, useSyncExternalStore } from 'react';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router-dom';
import { createSharedDashboardClient, type SharedDashboardClient } from '../../../app/apollo';
import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { ErrorState, LoadingBar } from '../../../shared/ui/States';
import { SharedDashboardView } from '../../dashboard/pages/DashboardPage';
import { SharedDashboardQuery } from '../graphql/share';
import { shareRefusal, type ShareRefusal } from '../lib/shareRefusal';
import styles from './SharePage.module.css';

/**
 * /share/<token>: one dashboard, live, for whoever holds the link, without signing in. Its own Apollo client
 * carries the token; when the server closes the socket (the link was revoked or expired) the cards go at once and
 * the page says why.
 */
export default function SharePage() {
  const { token = '' } = useParams();
  const shared = sharedClient(token);
  const closed = useSyncExternalStore(shared.onClosed, shared.isClosed);
  return (
    <ApolloProvider client={shared.client}>
      <SharedDashboard closed={closed} />
    </ApolloProvider>
  );
}

/**
 * One client per link for the page's life: a wall screen shows one link until it closes, and a client made per
 * render or per effect run would open a socket each time.
 */
const clients = new Map<string, SharedDashboardClient>();
function sharedClient(token: string): SharedDashboardClient {
  let shared = clients.get(token);
  if (!shared) clients.set(token, (shared = createSharedDashboardClient(token)));
  return shared;
}

function SharedDashboard({ closed }: { closed: boolean }) {
  const { t } = useI18n();
  const { data, error, loading, refetch } = useQuery(SharedDashboardQuery, { fetchPolicy: 'network-only' });
  const [refusal, setRefusal] = useState<ShareRefusal | null>(null);
  useEffect(() => {
    if (!closed) return;
    // Ask the server why: its answer names the reason (revoked, expired).
    refetch().then(() => setRefusal('UNKNOWN'), (failure: unknown) => setRefusal(shareRefusal(failure) ?? 'UNKNOWN'));
  }, [closed, refetch]);
  const reason = refusal ?? shareRefusal(error) ?? (closed ? 'UNKNOWN' : null);
  useDocumentTitle(reason ? t(`share.page.${reason}`) : t('share.page.title'));

  if (reason) {
    return (
      <div className={styles.closed} role="alert" data-testid="share-closed" data-reason={reason}>
        <h1>{t(`share.page.${reason}`)}</h1>
        <p>{t('share.page.closedHint')}</p>
      </div>
    );
  }
  if (error) return <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!data) return <LoadingBar active={loading} />;
  return (
    <div className={styles.shared} data-testid="share-page">
      <p className={styles.badge}>{t('share.page.readOnly')}</p>
      <SharedDashboardView slug={data.sharedDashboard.slug} />
    </div>
  );
}
