import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { filter, pipe } from '@graphql-yoga/subscription';
import type { AppContext } from '../../context';
import { requireRevOps, requireRevOpsEdit } from '../auth/access.guard';
import { leadLoaders } from './lead.loader';
import { SlaClock } from './sla.type';
import type { LeadChanged } from '../bus/event-bus';
import {
  AssignLeadInput, ImportLeadsOptions, LeadContactInput, LeadFilterInput, LeadInput, TransitionLeadInput,
} from './lead.input';
import { ImportLeadsResult, Lead, LeadConnection, LeadEvent, LeadScoring, LeadWrite, SalesRepWorkload } from './lead.type';

/** A change to an existing lead: writing leads (an INGEST key) does not mean reading them, so the lead stays behind `lead`. */
function changed(lead: Lead): LeadWrite {
  return Object.assign(new LeadWrite(), { id: lead.id, created: false, written: lead });
}

function subscribeLeadChanged({ args, context }: SubscribeResolverData<unknown, { id?: string | null }, AppContext>) {
  requireRevOps(context);
  return pipe(context.services.bus.subscribe('leadChanged'), filter((event: LeadChanged) => !args.id || event.leadId === args.id));
}

@Resolver(() => Lead)
export class LeadResolver {
  @Query(() => LeadConnection, { description: 'Leads, newest first: filtered by status and dimensions, or the leads behind a KPI (filter.metric).' })
  async leads(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => LeadFilterInput, { nullable: true }) filter: LeadFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1 to 200.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<LeadConnection> {
    requireRevOps(ctx);
    return ctx.services.leads.list(await ctx.catalog(), filter ?? {}, first, after);
  }

  @Query(() => Lead, { nullable: true, description: 'A lead by id, or null.' })
  lead(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<Lead | null> {
    requireRevOps(ctx);
    return ctx.services.leads.get(id);
  }

  @Query(() => [SalesRepWorkload], { description: 'Sales reps with their open workload.' })
  salesReps(@Ctx() ctx: AppContext): Promise<SalesRepWorkload[]> {
    requireRevOps(ctx);
    return ctx.services.leads.salesReps();
  }

  @Query(() => LeadScoring, { description: 'The scoring rules and the MQL threshold.' })
  leadScoring(@Ctx() ctx: AppContext): Promise<LeadScoring> {
    requireRevOps(ctx);
    return ctx.services.leads.scoring();
  }

  @Mutation(() => LeadWrite, { description: 'Creates, scores and routes a lead; with an already imported externalId, leaves that lead unchanged (created: false).' })
  async createLead(@Ctx() ctx: AppContext, @Arg('input', () => LeadInput) input: LeadInput): Promise<LeadWrite> {
    requireRevOpsEdit(ctx);
    return Object.assign(new LeadWrite(), await ctx.services.leads.createLead(input));
  }

  @Mutation(() => ImportLeadsResult, {
    description: 'Imports up to 10,000 leads in one transaction, idempotent on externalId. All-or-nothing (BAD_USER_INPUT listing every rejected item) unless options.allowPartial.',
  })
  importLeads(
    @Ctx() ctx: AppContext,
    @Arg('input', () => [LeadInput]) input: LeadInput[],
    @Arg('options', () => ImportLeadsOptions, { nullable: true }) options: ImportLeadsOptions | null,
  ): Promise<ImportLeadsResult> {
    requireRevOpsEdit(ctx);
    return ctx.services.leads.importLeads(input, options?.allowPartial ?? false);
  }

  @Mutation(() => LeadWrite, { description: 'Moves a lead along its lifecycle; an illegal move is BAD_USER_INPUT naming the current and the requested status.' })
  async transitionLead(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('input', () => TransitionLeadInput) input: TransitionLeadInput): Promise<LeadWrite> {
    requireRevOpsEdit(ctx);
    return changed(await ctx.services.leads.transitionLead(id, input));
  }

  @Mutation(() => LeadWrite, { description: 'Assigns an open lead to a rep, or routes it again when no rep is given.' })
  async assignLead(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('input', () => AssignLeadInput, { nullable: true }) input: AssignLeadInput | null): Promise<LeadWrite> {
    requireRevOpsEdit(ctx);
    return changed(await ctx.services.leads.assignLead(id, input ?? {}));
  }

  @Mutation(() => LeadWrite, { description: 'Records a contact with an open lead (the first one sets its response time).' })
  async logLeadContact(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('input', () => LeadContactInput) input: LeadContactInput): Promise<LeadWrite> {
    requireRevOpsEdit(ctx);
    return changed(await ctx.services.leads.logLeadContact(id, input));
  }

  // A lead also reaches a share link through an SLA breach widget: its journey and clocks stay with lead readers.
  @FieldResolver(() => [LeadEvent], { description: 'Every event of the lead, in order.' })
  journey(@Root() lead: Lead, @Ctx() ctx: AppContext): Promise<LeadEvent[]> {
    requireRevOps(ctx);
    return leadLoaders(ctx).journey.load(lead.id);
  }

  @FieldResolver(() => [SlaClock], { description: 'The SLA deadlines the lead has had.' })
  slaClocks(@Root() lead: Lead, @Ctx() ctx: AppContext): Promise<SlaClock[]> {
    requireRevOps(ctx);
    return leadLoaders(ctx).slaClocks.load(lead.id);
  }

  @Subscription(() => Lead, { subscribe: subscribeLeadChanged, description: 'The lead after each committed change (of one lead, or of any).' })
  async leadChanged(@Root() event: LeadChanged, @Ctx() ctx: AppContext, @Arg('id', () => ID, { nullable: true }) _id: string | null): Promise<Lead> {
    return (await ctx.services.leads.get(event.leadId))!;
  }
}

/** Mutations answer the lead only to who may read it (issue 14: an INGEST-only key got existing leads back). */
@Resolver(() => LeadWrite)
export class LeadWriteResolver {
  @FieldResolver(() => Lead, { nullable: true, description: 'The lead after the write. FORBIDDEN (and null) for a caller who may write but not read lead records, such as an INGEST-only key.' })
  async lead(@Root() write: LeadWrite, @Ctx() ctx: AppContext): Promise<Lead | null> {
    requireRevOps(ctx);
    return write.written ?? ctx.services.leads.get(write.id);
  }
}
