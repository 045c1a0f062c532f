import { filter, pipe, Repeater } from '@graphql-yoga/subscription';
import { canAdminister } from '@opshub/metrics';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { notFound } from '../../common/errors';
import { checkPageSize } from '../../common/pagination';
import type { AppContext } from '../../context';
import { actorOf } from '../audit/audit.service';
import { forbidden, principalOf } from '../auth/access.guard';
import type { FileImportProgressed } from '../bus/event-bus';
import type { ImportRun } from './import.service';
import {
  FileImport, fromMappingInput, ImportColumnMappingInput, SavedImportMapping, toFileImport, toSavedImportMapping,
} from './import.type';

/** Imports are for whoever may start one (the INGEST scope: ADMINs and ingest keys), as POST /api/imports is. */
function requireImporter(ctx: AppContext): void {
  if (!principalOf(ctx).grant.scopes.includes('INGEST')) throw forbidden('Importing needs the INGEST scope');
}

/** Someone else's import is as good as absent, unless an ADMIN asks (as GET /api/imports/:id). */
function visible(ctx: AppContext, run: ImportRun | null): run is ImportRun {
  const principal = principalOf(ctx);
  return run !== null && (run.createdById === principal.id || canAdminister(principal.grant));
}

async function subscribeFileImportProgressed({ args, context }: SubscribeResolverData<unknown, { id: string }, AppContext>) {
  requireImporter(context);
  if (!visible(context, await context.services.imports.find(args.id))) throw notFound('FileImport', args.id);
  const events = pipe(context.services.bus.subscribe('fileImportProgressed'), filter((event: FileImportProgressed) => event.importId === args.id));
  // The import as it stands comes first, read only once the events are listened to: a page that subscribes after a short
  // import has already finished still sees its end, and nothing committed in between is missed.
  return Repeater.merge([[{ importId: args.id }], events]);
}

@Resolver()
export class ImportResolver {
  @Query(() => [FileImport], { description: 'Import history, newest first: your own imports (an ADMIN sees everyone\'s).' })
  async fileImports(@Ctx() ctx: AppContext, @Arg('first', () => Int, { defaultValue: 20, description: '1 to 100.' }) first: number): Promise<FileImport[]> {
    requireImporter(ctx);
    checkPageSize(first, 100);
    const principal = principalOf(ctx);
    const runs = await ctx.services.imports.history(first, canAdminister(principal.grant) ? null : principal.id);
    return runs.map(toFileImport);
  }

  @Query(() => [SavedImportMapping], { description: 'Saved import mappings, by name.' })
  async importMappings(@Ctx() ctx: AppContext): Promise<SavedImportMapping[]> {
    requireImporter(ctx);
    return (await ctx.services.importMappings.list()).map(toSavedImportMapping);
  }

  @Mutation(() => SavedImportMapping, { description: 'Saves a mapping under a name (unique whatever its case), checked as an import checks it.' })
  async createImportMapping(
    @Ctx() ctx: AppContext,
    @Arg('name') name: string,
    @Arg('mapping', () => ImportColumnMappingInput) mapping: ImportColumnMappingInput,
  ): Promise<SavedImportMapping> {
    requireImporter(ctx);
    return toSavedImportMapping(await ctx.services.importMappings.create(name, fromMappingInput(mapping), actorOf(principalOf(ctx))));
  }

  @Mutation(() => SavedImportMapping)
  async deleteImportMapping(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<SavedImportMapping> {
    requireImporter(ctx);
    return toSavedImportMapping(await ctx.services.importMappings.delete(id, actorOf(principalOf(ctx))));
  }

  @Subscription(() => FileImport, {
    subscribe: subscribeFileImportProgressed,
    description: 'An import after each batch it commits and each change of state, whichever instance runs it.',
  })
  async fileImportProgressed(@Root() event: FileImportProgressed, @Ctx() ctx: AppContext, @Arg('id', () => ID) _id: string): Promise<FileImport> {
    const run = await ctx.services.imports.find(event.importId);
    if (!run) throw notFound('FileImport', event.importId);
    return toFileImport(run);
  }
}
