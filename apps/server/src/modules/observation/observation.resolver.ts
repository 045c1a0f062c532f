import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { DimensionFilterInput, RangeInput } from '../../common/range.input';
import type { AppContext } from '../../context';
import { forbidden, mayIngest, principalOf, requireMetric } from '../auth/access.guard';
import { ObservationInput, RecordObservationsOptions } from './observation.input';
import { ObservationConnection, RecordObservationsResult } from './observation.type';

@Resolver()
export class ObservationResolver {
  @Mutation(() => RecordObservationsResult, {
    description: 'Writes up to 10,000 points in one transaction (needs the INGEST scope). All-or-nothing (BAD_USER_INPUT listing every rejected item) '
      + 'unless options.allowPartial; an item of a department the caller may not write rejects the whole batch even then.',
  })
  async recordObservations(
    @Ctx() ctx: AppContext,
    @Arg('input', () => [ObservationInput]) input: ObservationInput[],
    @Arg('options', () => RecordObservationsOptions, { nullable: true }) options: RecordObservationsOptions | null,
  ): Promise<RecordObservationsResult> {
    if (!principalOf(ctx).grant.scopes.includes('INGEST')) throw forbidden('Writing observations needs the INGEST scope');
    return ctx.services.observations.record(await ctx.catalog(), input, {
      allowPartial: options?.allowPartial ?? false,
      mayIngest: (department) => mayIngest(ctx, department),
    });
  }

  @Query(() => ObservationConnection, { description: "Drill-through: the raw points behind a KPI (a derived metric's inputs'), newest first." })
  async observations(
    @Ctx() ctx: AppContext,
    @Arg('key', () => ID) key: string,
    @Arg('range', () => RangeInput, { nullable: true }) range: RangeInput | null,
    @Arg('filter', () => [DimensionFilterInput], { nullable: true }) filter: DimensionFilterInput[] | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1 to 500.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ObservationConnection> {
    await requireMetric(ctx, key, 'DETAIL');
    return ctx.services.observations.list((await ctx.catalog()).leaves(key), ctx.services.kpis.resolve(range), filter ?? [], first, after);
  }
}
