import { readFileSync } from 'node:fs';
import { astFromValue, buildSchema, isNonNullType, print, type GraphQLObjectType } from 'graphql';
import { printContract, SCHEMA_FILE } from './schema-file';

describe('schema.graphql', () => {
  it('is the printed schema of the server (run `npm run schema:print -w @opshub/server` after changing the API)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printContract());
  });

  // A contract field keeps its arguments and type; it may gain optional arguments (old operations still run).
  it.each([
    ['Query', 'metrics(department: Department): [Metric!]!'],
    ['Query', 'metric(key: ID!): Metric'],
    ['Mutation', 'recordObservations(input: [ObservationInput!]!, options: RecordObservationsOptions): RecordObservationsResult!'],
    // `filter` (dashboard filters) and `widget` are optional: subscriptions written before them are unchanged.
    ['Subscription', 'kpiUpdated(compare: Comparison! = PREVIOUS_PERIOD, dashboard: ID, filter: [DimensionFilterInput!], keys: [ID!], range: RangeInput): Kpi!'],
  ])('keeps the contract field %s.%s', async (typeName, contract) => {
    const schema = buildSchema(await printContract());
    const [, name, args, type] = /^(\w+)\((.*)\): (.+)$/.exec(contract)!;
    const field = (schema.getType(typeName) as GraphQLObjectType).getFields()[name];
    const printed = new Map(field.args.map((arg) => [arg.name, `${arg.name}: ${String(arg.type)}${arg.defaultValue === undefined ? '' : ` = ${print(astFromValue(arg.defaultValue, arg.type)!)}`}`]));
    const kept = args.split(', ');
    expect([...printed.values()].filter((arg) => kept.includes(arg))).toEqual(kept);
    const added = field.args.filter((arg) => !kept.includes(printed.get(arg.name)!));
    expect(added.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined).map((arg) => arg.name)).toEqual([]);
    expect(String(field.type)).toBe(type);
  });
});
