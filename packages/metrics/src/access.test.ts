import {
  AccessRuleError, allowsMetric, canAdminister, canChangeAuthored, canShareDashboards, canEdit, canEditDashboard, canEditOwned, canIngest, canReadDepartment, canReadOwned,
  canReadRevOps, canShareWithDepartments, canEditPlan, departmentsOf, keyGrant, metricAccess, readableDepartments, sharingProblems, userGrant, type Grant, type MetricAccess,
} from './access';
import type { Department } from './types';

const grants: Record<string, Grant> = {
  admin: userGrant('ADMIN', []),
  executive: userGrant('EXECUTIVE', []),
  salesHead: userGrant('DEPARTMENT_HEAD', ['SALES']),
  marketingHead: userGrant('DEPARTMENT_HEAD', ['MARKETING']),
  csHead: userGrant('DEPARTMENT_HEAD', ['CUSTOMER_SUCCESS']),
  revOpsHead: userGrant('DEPARTMENT_HEAD', ['SALES', 'MARKETING']),
  csProductHead: userGrant('DEPARTMENT_HEAD', ['CUSTOMER_SUCCESS', 'PRODUCT']),
  opsHead: userGrant('DEPARTMENT_HEAD', ['OPERATIONS']),
  viewer: userGrant('VIEWER', ['MARKETING', 'PRODUCT']),
  execViewer: userGrant('VIEWER', ['EXECUTIVE']),
  readKey: keyGrant(['READ'], null),
  ingestKey: keyGrant(['INGEST'], null),
  salesIngestKey: keyGrant(['INGEST'], 'SALES'),
  salesReadKey: keyGrant(['READ'], 'SALES'),
};

describe('metricAccess', () => {
  const sales = { department: 'SALES' as Department, companyLevel: false };
  const arr = { department: 'FINANCE' as Department, companyLevel: true };
  const marketing = { department: 'MARKETING' as Department, companyLevel: false };
  it.each<[string, MetricAccess, MetricAccess, MetricAccess]>([
    // grant, own-department metric (SALES), company KPI of another department (FINANCE), other department (MARKETING)
    ['admin', 'DETAIL', 'DETAIL', 'DETAIL'],
    ['executive', 'DETAIL', 'DETAIL', 'DETAIL'],
    ['salesHead', 'DETAIL', 'KPI', 'NONE'],
    ['marketingHead', 'NONE', 'KPI', 'DETAIL'],
    ['csHead', 'NONE', 'KPI', 'NONE'],
    ['revOpsHead', 'DETAIL', 'KPI', 'DETAIL'],
    ['opsHead', 'NONE', 'KPI', 'NONE'],
    ['viewer', 'NONE', 'NONE', 'DETAIL'],
    ['execViewer', 'NONE', 'KPI', 'NONE'],
    ['readKey', 'DETAIL', 'DETAIL', 'DETAIL'],
    ['ingestKey', 'NONE', 'NONE', 'NONE'],
    ['salesReadKey', 'DETAIL', 'NONE', 'NONE'],
  ])('%s: sales %s, company ARR %s, marketing %s', (name, own, company, other) => {
    expect(metricAccess(grants[name], sales)).toBe(own);
    expect(metricAccess(grants[name], arr)).toBe(company);
    expect(metricAccess(grants[name], marketing)).toBe(other);
  });

  // The funnel's MQLs: MARKETING's, shared with SALES (seed 003).
  const sharedMql = { department: 'MARKETING' as Department, sharedWith: ['SALES'] as Department[], companyLevel: false };
  const sharedCompany = { department: 'MARKETING' as Department, sharedWith: ['SALES'] as Department[], companyLevel: true };
  it.each<[string, MetricAccess, MetricAccess]>([
    // grant, a MARKETING metric shared with SALES, the same as a company KPI
    ['admin', 'DETAIL', 'DETAIL'],
    ['executive', 'DETAIL', 'DETAIL'],
    ['salesHead', 'DETAIL', 'DETAIL'],
    ['marketingHead', 'DETAIL', 'DETAIL'],
    ['revOpsHead', 'DETAIL', 'DETAIL'],
    ['csHead', 'NONE', 'KPI'],
    ['csProductHead', 'NONE', 'KPI'],
    ['opsHead', 'NONE', 'KPI'],
    ['viewer', 'DETAIL', 'DETAIL'],
    ['execViewer', 'NONE', 'KPI'],
    ['readKey', 'DETAIL', 'DETAIL'],
    ['salesReadKey', 'DETAIL', 'DETAIL'],
    ['ingestKey', 'NONE', 'NONE'],
  ])('%s: shared MQLs %s, shared as a company KPI %s', (name, shared, company) => {
    expect(metricAccess(grants[name], sharedMql)).toBe(shared);
    expect(metricAccess(grants[name], sharedCompany)).toBe(company);
    expect(canReadOwned(grants[name], sharedMql)).toBe(shared === 'DETAIL');
  });

  it('reads an unshared metric as before: an empty sharing list changes nothing', () => {
    for (const grant of Object.values(grants)) {
      expect(metricAccess(grant, { department: 'MARKETING', sharedWith: [], companyLevel: false })).toBe(metricAccess(grant, { department: 'MARKETING', companyLevel: false }));
    }
  });

  it.each<[MetricAccess, boolean, boolean]>([
    ['DETAIL', true, true],
    ['KPI', true, false],
    ['NONE', false, false],
  ])('%s allows KPI %s, DETAIL %s', (access, kpi, detail) => {
    expect(allowsMetric(access, 'KPI')).toBe(kpi);
    expect(allowsMetric(access, 'DETAIL')).toBe(detail);
  });
});

describe('edits and ingest', () => {
  it.each<[string, boolean, boolean, boolean, boolean]>([
    // grant, edit a SALES target, edit an OPERATIONS target, ingest SALES, administer
    ['admin', true, true, true, true],
    ['executive', true, true, false, false],
    ['salesHead', true, false, false, false],
    ['opsHead', false, true, false, false],
    ['viewer', false, false, false, false],
    ['readKey', false, false, false, false],
    ['ingestKey', false, false, true, false],
    ['salesIngestKey', false, false, true, false],
  ])('%s', (name, editSales, editOps, ingestSales, administer) => {
    expect(canEdit(grants[name], 'SALES', 'TARGET')).toBe(editSales);
    expect(canEdit(grants[name], 'OPERATIONS', 'TARGET')).toBe(editOps);
    expect(canIngest(grants[name], 'SALES')).toBe(ingestSales);
    expect(canAdminister(grants[name])).toBe(administer);
  });

  it('keys push leads of their department only', () => {
    expect(canEdit(grants.salesIngestKey, 'SALES', 'LEAD')).toBe(true);
    expect(canEdit(grants.salesIngestKey, 'MARKETING', 'LEAD')).toBe(false);
    expect(canIngest(grants.salesIngestKey, 'MARKETING')).toBe(false);
    expect(canEdit(grants.readKey, 'SALES', 'LEAD')).toBe(false);
  });

  it('keys push workflow records of their department only, and edit nothing else of it', () => {
    expect(canEdit(grants.salesIngestKey, 'SALES', 'WORKFLOW_RECORD')).toBe(true);
    expect(canEdit(grants.salesIngestKey, 'CUSTOMER_SUCCESS', 'WORKFLOW_RECORD')).toBe(false);
    expect(canEdit(grants.readKey, 'SALES', 'WORKFLOW_RECORD')).toBe(false);
    expect(canEdit(grants.salesIngestKey, 'SALES', 'GOAL')).toBe(false);
  });
});

describe('shared metrics and dashboards', () => {
  const funnel = { department: 'MARKETING' as Department, sharedWith: ['SALES'] as Department[] };

  it('lists the owner first, then the sharing departments, once each', () => {
    expect(departmentsOf(funnel)).toEqual(['MARKETING', 'SALES']);
    expect(departmentsOf({ department: 'SALES', sharedWith: ['SALES', 'MARKETING'] })).toEqual(['SALES', 'MARKETING']);
    expect(departmentsOf({ department: 'PRODUCT' })).toEqual(['PRODUCT']);
  });

  it.each<[string, boolean, boolean, boolean]>([
    // grant, edit a shared metric's goals, edit the shared dashboard, change whom the dashboard is shared with
    ['admin', true, true, true],
    ['executive', true, true, true],
    ['marketingHead', true, true, true],
    ['salesHead', true, true, false],
    ['revOpsHead', true, true, true],
    ['csHead', false, false, false],
    ['csProductHead', false, false, false],
    ['viewer', false, false, false],
    ['readKey', false, false, false],
    ['salesIngestKey', false, false, false],
  ])('%s: goals %s, dashboard %s, sharing %s', (name, goals, dashboard, sharing) => {
    const owner = { ...funnel, ownerUserId: null };
    expect(canEditOwned(grants[name], funnel, 'GOAL')).toBe(goals);
    expect(canEditOwned(grants[name], funnel, 'TARGET')).toBe(goals);
    expect(canEditDashboard(grants[name], { kind: 'USER', id: 'u1' }, owner)).toBe(dashboard);
    expect(canShareWithDepartments(grants[name], owner)).toBe(sharing);
  });

  it('shares no personal dashboard: only its owner edits it, and it has no departments to share with', () => {
    const personal = { department: null, sharedWith: ['SALES'] as Department[], ownerUserId: 'u1' };
    expect(canEditDashboard(grants.salesHead, { kind: 'USER', id: 'u2' }, personal)).toBe(false);
    expect(canEditDashboard(grants.viewer, { kind: 'USER', id: 'u1' }, personal)).toBe(true);
    expect(canShareWithDepartments(grants.admin, personal)).toBe(false);
  });

  it('names every problem of a sharing list by its field', () => {
    expect(sharingProblems('MARKETING', ['SALES'])).toEqual([]);
    expect(sharingProblems('MARKETING', ['SALES', 'MARKETING', 'SALES', 'LEGAL'])).toEqual([
      { field: 'sharedWith[1]', reason: 'is the owning department MARKETING' },
      { field: 'sharedWith[2]', reason: 'repeats SALES' },
      { field: 'sharedWith[3]', reason: 'must be one of EXECUTIVE, SALES, MARKETING, CUSTOMER_SUCCESS, PRODUCT, OPERATIONS, FINANCE' },
    ]);
    expect(sharingProblems(null, [])).toEqual([]);
    expect(sharingProblems(null, ['SALES'])).toEqual([{ field: 'sharedWith', reason: 'must be empty: a personal dashboard is not shared with departments' }]);
  });

  it('lets a key push leads of a shared department only through its own department', () => {
    expect(canEditOwned(grants.salesIngestKey, funnel, 'LEAD')).toBe(true);
    expect(canEditOwned(grants.salesIngestKey, { department: 'MARKETING' }, 'LEAD')).toBe(false);
  });
});

describe('the operating plan', () => {
  it.each(Object.keys(grants))('%s', (name) => {
    expect(canEditPlan(grants[name])).toBe(['admin', 'executive'].includes(name));
  });
});

describe('share links', () => {
  it.each(Object.keys(grants))('%s', (name) => {
    expect(canShareDashboards(grants[name])).toBe(['admin', 'executive', 'salesHead', 'marketingHead', 'csHead', 'revOpsHead', 'csProductHead', 'opsHead'].includes(name));
  });
});

describe('changing what someone wrote', () => {
  it.each<[string, boolean, boolean]>([
    // grant, change own, change someone else's
    ['admin', true, true],
    ['executive', true, false],
    ['salesHead', true, false],
    ['viewer', true, false],
    ['readKey', true, false],
  ])('%s', (name, own, others) => {
    expect(canChangeAuthored(grants[name], true)).toBe(own);
    expect(canChangeAuthored(grants[name], false)).toBe(others);
  });
});

describe('departments', () => {
  it.each<[string, boolean, boolean, readonly Department[] | null]>([
    ['executive', true, true, null],
    ['salesHead', true, true, ['SALES']],
    ['opsHead', false, false, ['OPERATIONS']],
    ['viewer', false, true, ['MARKETING', 'PRODUCT']],
    ['ingestKey', false, false, []],
  ])('%s reads SALES %s, RevOps %s, departments %j', (name, sales, revops, departments) => {
    expect(canReadDepartment(grants[name], 'SALES')).toBe(sales);
    expect(canReadRevOps(grants[name])).toBe(revops);
    expect(readableDepartments(grants[name])).toEqual(departments);
  });

  it('lets a head of two departments read and edit both, and nothing else', () => {
    const head = userGrant('DEPARTMENT_HEAD', ['SALES', 'MARKETING', 'SALES']);
    expect(readableDepartments(head)).toEqual(['SALES', 'MARKETING']);
    expect(canEdit(head, 'SALES', 'TARGET') && canEdit(head, 'MARKETING', 'GOAL')).toBe(true);
    expect(canEdit(head, 'FINANCE', 'TARGET')).toBe(false);
    expect(canReadDepartment(head, 'FINANCE')).toBe(false);
  });

  it.each<[string, () => Grant]>([
    ['a head of none', () => userGrant('DEPARTMENT_HEAD', [])],
    ['a viewer of nothing', () => userGrant('VIEWER', [])],
    ['a key without scopes', () => keyGrant([], null)],
  ])('rejects %s', (_name, make) => {
    expect(make).toThrow(AccessRuleError);
  });
});
