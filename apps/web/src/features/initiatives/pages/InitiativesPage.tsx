import { useState } from 'react';
import type { InitiativeFieldsFragment } from '../../../gql/graphql';
import { canEditPlan } from '@opshub/metrics';
import { useDocumentTitle } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { EmptyState, Skeleton } from '../../../shared/ui/States';
import { useGrant } from '../../auth/hooks/useGrant';
import { InitiativeEditor } from '../components/InitiativeEditor';
import { InitiativeList } from '../components/InitiativeList';
import { PortfolioScorecard } from '../components/PortfolioScorecard';
import { ChecklistSection, ProjectionSection, RaciSection } from '../components/PlanSections';
import { useInitiativeChoices, useInitiatives } from '../hooks/useInitiatives';

/** The operating plan's optimisation initiatives: the portfolio scorecard, then each initiative planned against actual. */
export default function InitiativesPage() {
  const { t } = useI18n();
  useDocumentTitle(t('plan.title'));
  const grant = useGrant();
  const canEdit = grant !== null && canEditPlan(grant);
  const { data, previousData, loading, error, refetch } = useInitiatives();
  const choices = useInitiativeChoices(canEdit);
  const [editing, setEditing] = useState<InitiativeFieldsFragment | 'new' | null>(null);
  const shown = data ?? previousData;
  const initiatives = shown?.initiatives ?? [];
  const done = () => setEditing(null);
  const editor = (initiative: InitiativeFieldsFragment | null) => (
    <InitiativeEditor key={initiative?.id ?? 'new'} initiative={initiative} choices={choices.data} onDone={done} />
  );

  return (
    <div className="page" data-testid="initiatives-page">
      <header className="page-header">
        <div className="page-header__titles">
          <h1>{t('plan.title')}</h1>
          <p className="page-header__description">{t('plan.description')}</p>
        </div>
        {canEdit && editing !== 'new' && (
          <button type="button" className="button button--primary" onClick={() => setEditing('new')} data-testid="initiative-new">
            {t('plan.new')}
          </button>
        )}
      </header>
      {shown && initiatives.length > 0 && <PortfolioScorecard portfolio={shown.initiativePortfolio} />}
      {editing === 'new' && editor(null)}
      <Panel
        title={t('plan.initiatives')}
        data={shown}
        loading={loading}
        error={error}
        onRetry={() => void refetch().catch(() => {})}
        skeleton={<Skeleton variant="panel" />}
        isEmpty={initiatives.length === 0}
        emptyState={<EmptyState title={t('plan.empty')} hint={canEdit ? t('plan.emptyHintEditor') : t('plan.emptyHint')} />}
      >
        <InitiativeList initiatives={initiatives} editingId={editing !== null && editing !== 'new' ? editing.id : null} onEdit={setEditing} renderEditor={editor} />
      </Panel>
      <ProjectionSection />
      <ChecklistSection canEdit={canEdit} />
      <RaciSection canEdit={canEdit} />
    </div>
  );
}
