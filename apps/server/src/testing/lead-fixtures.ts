import type { TestApp } from './test-app';

export const LEAD_FIELDS = 'id status score scoreBreakdown { rule points } owner { key } createdAt firstContactAt';

export interface LeadFixture {
  channel?: string;
  campaign?: string;
  region?: string;
  segment?: string;
  companySize?: number;
  signals?: Record<string, number>;
  createdAt?: string;
  externalId?: string;
  ownerKey?: string;
}

/** Runs a lead mutation as the test app's default (reading) user and answers the lead after it. */
async function mutate(app: Pick<TestApp, 'gql'>, name: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const response = await app.gql(query, variables);
  if (response.errors) throw new Error(`${name}: ${JSON.stringify(response.errors)}`);
  return response.data[name].lead;
}

export function createLead(app: Pick<TestApp, 'gql'>, fixture: LeadFixture = {}): Promise<any> {
  return mutate(app, 'createLead', `mutation ($input: LeadInput!) { createLead(input: $input) { lead { ${LEAD_FIELDS} } } }`, {
    input: { channel: 'organic', region: 'NA', segment: 'SMB', ...fixture },
  });
}

export function transition(app: Pick<TestApp, 'gql'>, id: string, input: Record<string, unknown>): Promise<any> {
  return mutate(app, 'transitionLead', `mutation ($id: ID!, $input: TransitionLeadInput!) { transitionLead(id: $id, input: $input) { lead { ${LEAD_FIELDS} } } }`, { id, input });
}

export function logContact(app: Pick<TestApp, 'gql'>, id: string, input: Record<string, unknown>): Promise<any> {
  return mutate(app, 'logLeadContact', `mutation ($id: ID!, $input: LeadContactInput!) { logLeadContact(id: $id, input: $input) { lead { ${LEAD_FIELDS} } } }`, { id, input });
}

export function assign(app: Pick<TestApp, 'gql'>, id: string, input: Record<string, unknown>): Promise<any> {
  return mutate(app, 'assignLead', `mutation ($id: ID!, $input: AssignLeadInput) { assignLead(id: $id, input: $input) { lead { ${LEAD_FIELDS} } } }`, { id, input });
}

export interface RepFixture {
  key: string;
  /** Display name; the key by default. */
  name?: string;
  territories: string[];
  specialisations: string[];
  capacity: number;
  active?: boolean;
}

/** Sales reps are configuration (seeded, not written through the API): tests insert their own. */
export async function insertReps(app: Pick<TestApp, 'db'>, reps: RepFixture[]): Promise<void> {
  await app.db.query(
    `INSERT INTO sales_rep (key, name, territories, specialisations, capacity, active)
     SELECT k, n, t::text[], s::text[], c, a FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::bool[]) AS r(k, n, t, s, c, a)`,
    [reps.map((r) => r.key), reps.map((r) => r.name ?? r.key), reps.map((r) => `{${r.territories.join(',')}}`),
      reps.map((r) => `{${r.specialisations.join(',')}}`), reps.map((r) => r.capacity), reps.map((r) => r.active ?? true)],
  );
}
