import { canEditDashboard, keyGrant, userGrant } from './access';
import {
  dashboardProblems, parseDashboardDocument, summarizeDashboardChange, toDashboardDocument, type DashboardContent, type DashboardWidget,
} from './dashboard-layout';

const checks = { metricExists: (key: string) => ['sales.win_rate', 'sales.pipeline_value', 'finance.arr', 'marketing.sla_attainment', 'cs.ticket_sla_attainment', 'cs.renewal_sla_attainment'].includes(key), goalExists: (id: string) => id === 'goal-1' };

function widget(id: string, overrides: Partial<DashboardWidget> = {}): DashboardWidget {
  return { id, type: 'KPI', title: '', metricKeys: ['sales.win_rate'], dimension: null, text: null, goalId: null, workflows: null, range: null, compare: null, x: 0, y: 0, w: 3, h: 2, ...overrides };
}

const base: DashboardContent = {
  title: 'Team',
  description: '',
  sharedWith: [],
  widgets: [widget('a'), widget('b', { x: 3 }), widget('note', { type: 'TEXT', metricKeys: [], text: 'Hello', x: 6 })],
};

describe('dashboardProblems', () => {
  it('accepts a valid dashboard', () => {
    expect(dashboardProblems(base, checks)).toEqual([]);
  });

  it('names the widget and field of each problem', () => {
    const content: DashboardContent = {
      title: ' ',
      description: '',
      widgets: [
        widget('a'),
        widget('a', { metricKeys: ['nope.metric'] }),
        widget('c', { type: 'BREAKDOWN' }),
        widget('d', { x: 10, w: 4 }),
        widget('e', { type: 'SCORECARD', metricKeys: ['finance.arr', 'finance.arr'], h: 0 }),
        widget('f', { type: 'TEXT', metricKeys: [], text: '' }),
      ],
    };
    expect(dashboardProblems(content, checks).map((p) => p.field)).toEqual([
      'title', 'widgets[1].id', 'widgets[1].metricKeys[0]', 'widgets[2].dimension', 'widgets[3].w', 'widgets[4].metricKeys[1]', 'widgets[4].h', 'widgets[5].text',
    ]);
  });

  const none = { metricKeys: [] as string[] };
  it.each<[string, Partial<DashboardWidget>, Array<[string, string]>]>([
    ['a funnel', { type: 'FUNNEL', ...none }, []],
    ['SLA breaches over their own 7 days', { type: 'SLA_BREACHES', ...none, range: { preset: 'LAST_7_DAYS' } }, []],
    ['a goal that exists', { type: 'GOAL_PROGRESS', ...none, goalId: 'goal-1' }, []],
    ['a goal progress without a goal', { type: 'GOAL_PROGRESS', ...none }, [['goalId', 'a goal progress widget needs a goal']]],
    ['a goal that does not exist', { type: 'GOAL_PROGRESS', ...none, goalId: 'goal-9' }, [['goalId', 'unknown goal "goal-9"']]],
    ['a goal on a KPI card', { goalId: 'goal-1' }, [['goalId', 'only a goal progress widget has a goal']]],
    ['a funnel with a metric', { type: 'FUNNEL', metricKeys: ['sales.win_rate'] }, [['metricKeys', 'must name exactly 0 metrics']]],
    ['a card over its own dates and the previous year', { range: { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' }, compare: 'PREVIOUS_YEAR' }, []],
    ['an unknown preset', { range: { preset: 'LAST_YEAR' as 'LAST_7_DAYS' } }, [['range.preset', 'must be one of LAST_7_DAYS, LAST_30_DAYS, LAST_90_DAYS, MONTH_TO_DATE, QUARTER_TO_DATE, YEAR_TO_DATE']]],
    ['a preset and dates', { range: { preset: 'LAST_7_DAYS', from: '2026-01-01T00:00:00Z' } as never }, [['range', 'takes a preset or from and to, not both']]],
    ['a date that is not one', { range: { from: 'yesterday', to: '2026-02-01T00:00:00Z' } }, [['range.from', 'must be an ISO date-time such as 2026-01-01T00:00:00Z']]],
    ['dates backwards', { range: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }, [['range.to', 'must be after range.from']]],
    ['an unknown comparison', { compare: 'LAST_WEEK' as 'PREVIOUS_YEAR' }, [['compare', 'must be one of PREVIOUS_PERIOD, PREVIOUS_YEAR']]],
    ['workflow breaches', { type: 'SLA_BREACHES', ...none, workflows: ['TICKET', 'LEAD'] }, []],
    ['breaches of no workflow', { type: 'SLA_BREACHES', ...none, workflows: [] }, [['workflows', 'name at least one workflow, or none (null) for lead breaches']]],
    ['breaches of an unknown or repeated workflow', { type: 'SLA_BREACHES', ...none, workflows: ['INVOICE' as 'LEAD', 'TICKET', 'TICKET'] }, [
      ['workflows[0]', 'must be one of LEAD, ONBOARDING, TICKET, RENEWAL'], ['workflows[2]', 'repeats "TICKET"'],
    ]],
    ['workflows on a KPI card', { workflows: ['TICKET'] }, [['workflows', 'only an SLA breach list or a workflows scorecard has workflows']]],
    ['a workflows scorecard', { type: 'WORKFLOW_SCORECARD', metricKeys: ['marketing.sla_attainment', 'cs.ticket_sla_attainment'], workflows: ['LEAD', 'TICKET'] }, []],
    ['a workflows scorecard without workflows', { type: 'WORKFLOW_SCORECARD', metricKeys: ['cs.ticket_sla_attainment'] }, [['workflows', 'a workflows scorecard needs at least one workflow']]],
    ['a workflows scorecard with other metrics', { type: 'WORKFLOW_SCORECARD', metricKeys: ['cs.renewal_sla_attainment'], workflows: ['TICKET'] }, [
      ['metricKeys', "must be its workflows' attainment metrics: cs.ticket_sla_attainment"],
    ]],
    ['a note with a period', { type: 'TEXT', ...none, text: 'Hi', range: { preset: 'LAST_7_DAYS' }, compare: 'PREVIOUS_YEAR' }, [['range', 'a note has no period'], ['compare', 'a note has no comparison']]],
  ])('%s', (_name, overrides, expected) => {
    const problems = dashboardProblems({ ...base, widgets: [widget('w', overrides)] }, checks);
    expect(problems.map((p) => [p.field.replace('widgets[0].', ''), p.reason])).toEqual(expected);
  });

  it('leaves goal ids to the server when it cannot tell (the web editor)', () => {
    const content = { ...base, widgets: [widget('g', { type: 'GOAL_PROGRESS', metricKeys: [], goalId: 'goal-9' })] };
    expect(dashboardProblems(content, { metricExists: checks.metricExists })).toEqual([]);
  });

  it('counts the metrics each type takes', () => {
    const problems = dashboardProblems({ ...base, widgets: [widget('k', { metricKeys: ['sales.win_rate', 'finance.arr'] })] }, checks);
    expect(problems).toEqual([{ field: 'widgets[0].metricKeys', reason: 'must name exactly 1 metric' }]);
  });
});

describe('the export document', () => {
  it('reads back what it wrote', () => {
    const text = JSON.stringify(toDashboardDocument(base));
    expect(parseDashboardDocument(text, checks)).toEqual({ content: base });
  });

  it('reads back the new widgets with their own period', () => {
    const content: DashboardContent = {
      ...base,
      widgets: [
        widget('f', { type: 'FUNNEL', metricKeys: [], range: { preset: 'LAST_90_DAYS' } }),
        widget('g', { type: 'GOAL_PROGRESS', metricKeys: [], goalId: 'goal-1' }),
        widget('c', { compare: 'PREVIOUS_YEAR', range: { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' } }),
        widget('b', { type: 'SLA_BREACHES', metricKeys: [], workflows: ['TICKET', 'RENEWAL'] }),
        widget('s', { type: 'WORKFLOW_SCORECARD', metricKeys: ['marketing.sla_attainment', 'cs.ticket_sla_attainment'], workflows: ['LEAD', 'TICKET'] }),
      ],
    };
    expect(parseDashboardDocument(JSON.stringify(toDashboardDocument(content)), checks)).toEqual({ content });
  });

  it('reads back whom it is shared with', () => {
    const content: DashboardContent = { ...base, sharedWith: ['SALES', 'CUSTOMER_SUCCESS'] };
    expect(parseDashboardDocument(JSON.stringify(toDashboardDocument(content)), checks)).toEqual({ content });
  });

  it('reads a document written before sharing existed as shared with nobody', () => {
    const { sharedWith: _none, ...old } = toDashboardDocument(base);
    expect(parseDashboardDocument(JSON.stringify(old), checks)).toEqual({ content: base });
  });

  it.each([
    ['not json', 'document'],
    ['{"format":"opshub.dashboard","version":1,"title":"x","sharedWith":"SALES","widgets":[]}', 'sharedWith'],
    ['{"format":"opshub.dashboard","version":1,"title":"x","sharedWith":["SALES",7],"widgets":[]}', 'sharedWith[1]'],
    ['{"format":"opshub.dashboard","version":1,"title":"x","sharedWith":["SALES","LEGAL"],"widgets":[]}', 'sharedWith[1]'],
    ['{"format":"opshub.dashboard","version":1,"title":"x","sharedWith":["SALES","SALES"],"widgets":[]}', 'sharedWith[1]'],
    ['{"format":"opshub.dashboard","version":1,"title":"x","widgets":[{"id":"a","type":"KPI","metricKeys":["sales.win_rate"],"range":"LAST_7_DAYS","x":0,"y":0,"w":3,"h":2}]}', 'widgets[0].range'],
    ['{"format":"opshub.dashboard","version":1,"title":"x","widgets":[{"id":"a","type":"GOAL_PROGRESS","goalId":"nope","x":0,"y":0,"w":3,"h":2}]}', 'widgets[0].goalId'],
    ['{"format":"opshub.dashboard","version":1,"title":"x","widgets":[{"id":"a","type":"SLA_BREACHES","workflows":"TICKET","x":0,"y":0,"w":3,"h":2}]}', 'widgets[0].workflows'],
    ['{"format":"opshub.dashboard","version":1,"title":"x","widgets":[{"id":"a","type":"SLA_BREACHES","workflows":["TICKET",3],"x":0,"y":0,"w":3,"h":2}]}', 'widgets[0].workflows[1]'],
    ['{"format":"opshub.dashboard","version":1,"title":"x","widgets":[{"id":"a","type":"WORKFLOW_SCORECARD","metricKeys":["cs.ticket_sla_attainment"],"workflows":["RENEWAL"],"x":0,"y":0,"w":3,"h":2}]}', 'widgets[0].metricKeys'],
    ['[]', 'document'],
    ['{"format":"other","version":1}', 'format'],
    ['{"format":"opshub.dashboard","version":2,"title":"x","widgets":[]}', 'version'],
    ['{"format":"opshub.dashboard","version":1,"title":"x","widgets":{}}', 'widgets'],
    ['{"format":"opshub.dashboard","version":1,"title":"x","widgets":[{"id":"a","type":"KPI","metricKeys":["sales.win_rate"],"x":"0","y":0,"w":3,"h":2}]}', 'widgets[0].x'],
    ['{"format":"opshub.dashboard","version":1,"title":"x","widgets":[{"id":"a","type":"KPI","metricKeys":["sales.win_rate"],"x":0,"y":0,"w":3,"h":2},{"id":"b","type":"CHART","x":0,"y":0,"w":3,"h":2}]}', 'widgets[1].type'],
  ])('rejects %s at %s', (text, field) => {
    const result = parseDashboardDocument(text, checks);
    expect('problems' in result && result.problems[0].field).toBe(field);
  });
});

describe('summarizeDashboardChange', () => {
  it('says what was added, moved and resized', () => {
    const after: DashboardContent = {
      ...base,
      widgets: [
        widget('a', { y: 2 }), widget('b', { x: 3, w: 6 }), base.widgets[2],
        widget('s', { type: 'SCORECARD', title: 'Pipeline', metricKeys: ['sales.pipeline_value'] }),
      ],
    };
    expect(summarizeDashboardChange(base, after)).toBe("Added scorecard 'Pipeline'; moved 1 widget; resized 1 widget");
  });

  it('counts many widgets instead of naming them, and names renames and removals', () => {
    const after: DashboardContent = { ...base, title: 'Squad', widgets: [] };
    expect(summarizeDashboardChange(base, after)).toBe("Renamed to 'Squad'; removed 3 widgets");
    expect(summarizeDashboardChange(base, base)).toBe('No changes');
  });

  it('tells an edited widget from a moved one', () => {
    const after = { ...base, widgets: [widget('a', { title: 'Win rate', x: 0 }), base.widgets[1], base.widgets[2]] };
    expect(summarizeDashboardChange(base, after)).toBe("Edited KPI card 'Win rate'");
  });

  it("names a breach list whose workflows changed as edited", () => {
    const breaches = widget('s', { type: 'SLA_BREACHES', title: 'Late', metricKeys: [], workflows: null });
    const before = { ...base, widgets: [breaches] };
    expect(summarizeDashboardChange(before, { ...base, widgets: [{ ...breaches, workflows: ['TICKET'] }] })).toBe("Edited SLA breaches 'Late'");
    expect(summarizeDashboardChange(before, { ...base, widgets: [{ ...breaches, workflows: null }] })).toBe('No changes');
  });

  it('says whom it is now shared with, and leaves sharing alone when a save does not name it', () => {
    expect(summarizeDashboardChange(base, { ...base, sharedWith: ['SALES', 'FINANCE'] })).toBe('Shared with FINANCE, SALES');
    expect(summarizeDashboardChange({ ...base, sharedWith: ['SALES'] }, { ...base, sharedWith: [] })).toBe('No longer shared');
    expect(summarizeDashboardChange({ ...base, sharedWith: ['SALES'] }, { ...base, sharedWith: undefined })).toBe('No changes');
  });

  it('counts a new period or goal as an edit', () => {
    const after = { ...base, widgets: [widget('a', { range: { preset: 'LAST_7_DAYS' } }), widget('b', { x: 3, compare: 'PREVIOUS_YEAR' }), base.widgets[2]] };
    expect(summarizeDashboardChange(base, after)).toBe('Edited KPI card and KPI card');
  });
});

describe('canEditDashboard', () => {
  const user = { kind: 'USER' as const, id: 'u1' };
  it('follows the edit matrix for department dashboards and the owner for personal ones', () => {
    expect(canEditDashboard(userGrant('DEPARTMENT_HEAD', ['SALES']), user, { department: 'SALES', ownerUserId: null })).toBe(true);
    expect(canEditDashboard(userGrant('DEPARTMENT_HEAD', ['SALES']), user, { department: 'OPERATIONS', ownerUserId: null })).toBe(false);
    expect(canEditDashboard(userGrant('EXECUTIVE', []), user, { department: 'OPERATIONS', ownerUserId: null })).toBe(true);
    expect(canEditDashboard(userGrant('VIEWER', ['SALES']), user, { department: 'SALES', ownerUserId: null })).toBe(false);
    expect(canEditDashboard(userGrant('VIEWER', ['SALES']), user, { department: null, ownerUserId: 'u1' })).toBe(true);
    expect(canEditDashboard(userGrant('ADMIN', []), user, { department: null, ownerUserId: 'u2' })).toBe(false);
    expect(canEditDashboard(keyGrant(['READ', 'INGEST'], null), { kind: 'API_KEY', id: 'u1' }, { department: null, ownerUserId: 'u1' })).toBe(false);
  });
});
