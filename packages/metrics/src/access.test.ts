import {
  AccessRuleError, allowsMetric, canAdminister, canChangeAuthored, canShareDashboards, canEdit, canIngest, canReadDepartment, canReadRevOps, keyGrant, metricAccess, readableDepartments,
  userGrant, type Grant, type MetricAccess,
} from './access';
import type { Department } from './types';

const grants: Record<string, Grant> = {
  admin: userGrant('ADMIN', []),
  executive: userGrant('EXECUTIVE', []),
  salesHead: userGrant('DEPARTMENT_HEAD', ['SALES']),
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

describe('share links', () => {
  it.each(Object.keys(grants))('%s', (name) => {
    expect(canShareDashboards(grants[name])).toBe(['admin', 'executive', 'salesHead', 'opsHead'].includes(name));
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
