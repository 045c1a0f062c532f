import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { actorOf } from '../audit/audit.service';
import { principalOf, requireAdmin } from '../auth/access.guard';
import { SqlConnectionInput, SqlSourceInput } from './source.input';
import {
  SqlConnection, SqlConnectionTest, SqlQueryPreview, SqlSource, SqlSyncRun, toSqlConnection, toSqlQueryPreview, toSqlSource, toSqlSyncRun,
} from './source.type';

/** SQL sources are an ADMIN's: every operation here is refused to anyone else, over HTTP and WebSocket alike. */
@Resolver()
export class SourceResolver {
  @Query(() => [SqlConnection], { description: 'External PostgreSQL databases (ADMIN).' })
  async sqlConnections(@Ctx() ctx: AppContext): Promise<SqlConnection[]> {
    requireAdmin(ctx);
    return (await ctx.services.sources.connections()).map(toSqlConnection);
  }

  @Query(() => [SqlSource], { description: 'Every SQL source, with its last sync and status (ADMIN).' })
  async sqlSources(@Ctx() ctx: AppContext): Promise<SqlSource[]> {
    requireAdmin(ctx);
    return (await ctx.services.sources.sources()).map(toSqlSource);
  }

  @Query(() => SqlSource, { nullable: true, description: "A metric's SQL source, or null (ADMIN)." })
  async sqlSource(@Ctx() ctx: AppContext, @Arg('metricKey', () => ID) metricKey: string): Promise<SqlSource | null> {
    requireAdmin(ctx);
    const source = await ctx.services.sources.findSource(metricKey);
    return source && toSqlSource(source);
  }

  @Query(() => [SqlSyncRun], { description: "A source's syncs, newest first (ADMIN)." })
  async sqlSyncRuns(
    @Ctx() ctx: AppContext,
    @Arg('metricKey', () => ID) metricKey: string,
    @Arg('first', () => Int, { defaultValue: 20, description: '1 to 100.' }) first: number,
  ): Promise<SqlSyncRun[]> {
    requireAdmin(ctx);
    return (await ctx.services.sources.runs(metricKey, first)).map(toSqlSyncRun);
  }

  @Query(() => SqlQueryPreview, { description: '"Test query": the first rows and the points they map to, before saving (ADMIN). Nothing is written.' })
  async sqlQueryPreview(@Ctx() ctx: AppContext, @Arg('input', () => SqlSourceInput) input: SqlSourceInput): Promise<SqlQueryPreview> {
    requireAdmin(ctx);
    return toSqlQueryPreview(await ctx.services.sources.previewQuery(input));
  }

  @Mutation(() => SqlConnection)
  async createSqlConnection(@Ctx() ctx: AppContext, @Arg('input', () => SqlConnectionInput) input: SqlConnectionInput): Promise<SqlConnection> {
    requireAdmin(ctx);
    return toSqlConnection(await ctx.services.sources.createConnection(input, actorOf(principalOf(ctx))));
  }

  @Mutation(() => SqlConnection)
  async updateSqlConnection(
    @Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('input', () => SqlConnectionInput) input: SqlConnectionInput,
  ): Promise<SqlConnection> {
    requireAdmin(ctx);
    return toSqlConnection(await ctx.services.sources.updateConnection(id, input, actorOf(principalOf(ctx))));
  }

  @Mutation(() => SqlConnection, { description: 'Refused while a source uses it.' })
  async deleteSqlConnection(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<SqlConnection> {
    requireAdmin(ctx);
    return toSqlConnection(await ctx.services.sources.deleteConnection(id, actorOf(principalOf(ctx))));
  }

  @Mutation(() => SqlConnectionTest, { description: 'Connects to a saved connection, or to a connection string before saving it.' })
  async testSqlConnection(
    @Ctx() ctx: AppContext,
    @Arg('connectionId', () => ID, { nullable: true }) connectionId: string | null,
    @Arg('connectionString', () => String, { nullable: true }) connectionString: string | null,
  ): Promise<SqlConnectionTest> {
    requireAdmin(ctx);
    return Object.assign(new SqlConnectionTest(), await ctx.services.sources.testConnection({ connectionId, connectionString }));
  }

  @Mutation(() => SqlSource, { description: "Creates or replaces a metric's SQL source; a new or changed query syncs from the start." })
  async saveSqlSource(@Ctx() ctx: AppContext, @Arg('input', () => SqlSourceInput) input: SqlSourceInput): Promise<SqlSource> {
    requireAdmin(ctx);
    return toSqlSource(await ctx.services.sources.saveSource(input, actorOf(principalOf(ctx))));
  }

  @Mutation(() => SqlSource, { description: 'Removes the source and its sync history; the data it wrote stays.' })
  async deleteSqlSource(@Ctx() ctx: AppContext, @Arg('metricKey', () => ID) metricKey: string): Promise<SqlSource> {
    requireAdmin(ctx);
    return toSqlSource(await ctx.services.sources.deleteSource(metricKey, actorOf(principalOf(ctx))));
  }

  @Mutation(() => ID, { description: 'Queues a sync of the source now, whatever its schedule: the background job\'s id (see backgroundJobs, sqlSyncRuns).' })
  async syncSqlSource(@Ctx() ctx: AppContext, @Arg('metricKey', () => ID) metricKey: string): Promise<string> {
    requireAdmin(ctx);
    return ctx.services.sources.queueSync(metricKey);
  }
}
