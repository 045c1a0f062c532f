import { Link } from 'react-router-dom';
import type { LeadRowFragment } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { leadPath } from '../../../shared/url/paths';
import { LeadStatusBadge } from './LeadStatusBadge';
import { useDimensionLabels } from '../../catalog/hooks/useDimensionLabels';

const COUNT = { kind: 'COUNT' } as const;

/** Leads as rows; each name opens the lead's journey. */
export function LeadTable({ leads, caption, from }: { leads: readonly LeadRowFragment[]; caption: string; from: string }) {
  const { t } = useI18n();
  const labels = useDimensionLabels();
  const fmt = useFormat();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table" data-testid="lead-table" data-rows={leads.length}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('leads.lead')}</th>
            <th scope="col">{t('leads.status')}</th>
            <th scope="col">{t('leads.channel')}</th>
            <th scope="col">{t('leads.region')}</th>
            <th scope="col">{t('leads.segment')}</th>
            <th scope="col">{t('leads.owner')}</th>
            <th scope="col" className="num">
              {t('leads.score')}
            </th>
            <th scope="col">{t('leads.created')}</th>
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <tr key={lead.id} data-testid="lead-row" data-lead-id={lead.id}>
              <td>
                <Link to={leadPath(lead.id)} state={{ from }} data-testid="lead-link">
                  {lead.name ?? t('leads.unnamed')}
                </Link>
                {lead.company && <span className="muted"> · {lead.company}</span>}
              </td>
              <td>
                <LeadStatusBadge status={lead.status} />
              </td>
              <td>
                {labels.value('channel', lead.channel)}
                {lead.campaign && <span className="muted"> · {labels.value('campaign', lead.campaign)}</span>}
              </td>
              <td>{labels.value('region', lead.region)}</td>
              <td>{labels.value('segment', lead.segment)}</td>
              <td>{lead.owner?.name ?? <span className="muted">{t('leads.unassigned')}</span>}</td>
              <td className="num">{fmt.value(lead.score, COUNT)}</td>
              <td>
                <time dateTime={lead.createdAt}>{fmt.dateTime(lead.createdAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
