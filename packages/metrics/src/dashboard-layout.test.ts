import { canEditDashboard, keyGrant, userGrant } from './access';
import {
  dashboardProblems, parseDashboardDocument, summarizeDashboardChange, toDashboardDocument, type DashboardContent, type DashboardWidget,
} from './dashboard-layout';

const checks = { metricExists: (key: string) => ['sales.win_rate', 'sales.pipeline_value', 'finance.arr'].includes(key) };

function widget(id: string, overrides: Partial<DashboardWidget> = {}): DashboardWidget {
  return { id, type: 'KPI', title: '', metricKeys: ['sales.win_rate'], dimension: null, text: null, x: 0, y: 0, w: 3, h: 2, ...overrides };
}

const base: DashboardContent = {
  title: 'Team',
  description: '',
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

  it.each([
    ['not json', 'document'],
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
