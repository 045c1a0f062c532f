import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { badUserInput } from '../../common/errors';
import { requireAdmin } from '../auth/access.guard';
import { BackgroundJob, BackgroundJobState } from './job.type';

@Resolver()
export class JobResolver {
  @Query(() => [BackgroundJob], { description: 'ADMIN only. The most recent background jobs, newest first.' })
  async backgroundJobs(
    @Ctx() ctx: AppContext,
    @Arg('states', () => [BackgroundJobState], { nullable: true, description: 'Only jobs in these states.' }) states?: BackgroundJobState[] | null,
    @Arg('first', () => Int, { defaultValue: 50, description: '1 to 200.' }) first = 50,
  ): Promise<BackgroundJob[]> {
    requireAdmin(ctx);
    if (first < 1 || first > 200) throw badUserInput('first must be between 1 and 200', { field: 'first' });
    const jobs = await ctx.services.jobs.list({ states: states ?? undefined, limit: first });
    return jobs.map((job) => Object.assign(new BackgroundJob(), job));
  }
}
