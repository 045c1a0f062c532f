import type { RangeInput } from '../../../gql/graphql';
import { useFunnel } from '../hooks/useFunnel';
import { ChannelConversionPanel } from './ChannelConversionPanel';
import { FunnelPanel } from './FunnelPanel';
import { SlaBreachList } from './SlaBreachList';
import styles from './RevOpsPanels.module.css';

interface Props {
  range: RangeInput;
  viewKey: string;
  /** Changes when a KPI of the dashboard is pushed: the funnel moves with it. */
  refreshKey: string | null;
}

/** The marketing dashboard's view of the shared lead process: funnel, conversion by channel, SLA breaches live. */
export function RevOpsPanels({ range, viewKey, refreshKey }: Props) {
  const { data, loading, error, refetch } = useFunnel(range, refreshKey);
  const retry = () => void refetch().catch(() => {});
  return (
    <div className={styles.revopsGrid} data-view={viewKey}>
      <FunnelPanel funnel={data?.funnel} loading={loading} error={error} onRetry={retry} />
      <ChannelConversionPanel funnel={data?.funnel} loading={loading} error={error} onRetry={retry} />
      <SlaBreachList range={range} />
    </div>
  );
}
