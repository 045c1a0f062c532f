import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { notFound } from '../../common/errors';
import { DimensionFilterInput, RangeInput } from '../../common/range.input';
import type { AppContext } from '../../context';
import { ObservationInput, RecordObservationsOptions } from './observation.input';
import { ObservationConnection, RecordObservationsResult } from './observation.type';

@Resolver()
export class ObservationResolver {
  @Mutation(() => RecordObservationsResult, {
    description: 'Writes up to 10,000 points in one transaction. All-or-nothing (BAD_USER_INPUT listing every rejected item) unless options.allowPartial.',
  })
  async recordObservations(
    @Ctx() ctx: AppContext,
    @Arg('input', () => [ObservationInput]) input: ObservationInput[],
    @Arg('options', () => RecordObservationsOptions, { nullable: true }) options: RecordObservationsOptions | null,
  ): Promise<RecordObservationsResult> {
    return ctx.services.observations.record(await ctx.catalog(), input, { allowPartial: options?.allowPartial ?? false });
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
    const catalog = await ctx.catalog();
    if (!catalog.find(key)) throw notFound('Metric', key);
    return ctx.services.observations.list(catalog.leaves(key), ctx.services.kpis.resolve(range), filter ?? [], first, after);
  }
}
