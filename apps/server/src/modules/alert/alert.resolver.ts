import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { AlertChanged } from '../../common/event-bus';
import { notFound } from '../../common/errors';
import type { AppContext } from '../../context';
import type { AlertState } from './alert.entity';
import { AlertRuleInput } from './alert.input';
import { Alert, AlertEvent, AlertRule, AlertStateEnum } from './alert.type';

/** Counts the feed's open subscriptions while they last (telemetry, and tests waiting for a subscriber). */
function counted<T>(services: AppContext['services'], source: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
  services.alerts.feedSubscribers++;
  let open = true;
  const close = () => {
    if (open) services.alerts.feedSubscribers--;
    open = false;
  };
  const iterator: AsyncIterableIterator<T> = {
    next: () => source.next(),
    return: () => {
      close();
      return source.return?.() ?? Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

function subscribeAlertChanged({ context }: SubscribeResolverData<unknown, object, AppContext>) {
  return counted(context.services, context.services.bus.subscribe('alertChanged'));
}

function subscribeAlertRaised({ context }: SubscribeResolverData<unknown, object, AppContext>) {
  return counted(context.services, pipe(context.services.bus.subscribe('alertChanged'), filter((event: AlertChanged) => event.change === 'RAISED')));
}

async function readBack(ctx: AppContext, event: AlertChanged): Promise<AlertEvent> {
  const alert = await ctx.services.alerts.alert(event.alertId);
  if (!alert) throw notFound('Alert', event.alertId);
  return Object.assign(new AlertEvent(), { change: event.change, alert });
}

@Resolver(() => Alert)
export class AlertResolver {
  @Query(() => [Alert], { description: 'Alerts, newest first.' })
  alerts(
    @Ctx() ctx: AppContext,
    @Arg('states', () => [AlertStateEnum], { nullable: true }) states: AlertState[] | null,
    @Arg('metricKey', () => ID, { nullable: true }) metricKey: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: '1 to 200.' }) first: number,
  ): Promise<Alert[]> {
    return ctx.services.alerts.alerts({ states, metricKey }, first);
  }

  @Query(() => Alert, { nullable: true })
  alert(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<Alert | null> {
    return ctx.services.alerts.alert(id);
  }

  @Query(() => [AlertRule])
  alertRules(@Ctx() ctx: AppContext, @Arg('metricKey', () => ID, { nullable: true }) metricKey: string | null): Promise<AlertRule[]> {
    return ctx.services.alerts.rules(metricKey);
  }

  @Mutation(() => AlertRule, { description: 'A rule evaluated from the next data of its metric on.' })
  async createAlertRule(@Ctx() ctx: AppContext, @Arg('input', () => AlertRuleInput) input: AlertRuleInput): Promise<AlertRule> {
    return ctx.services.alerts.createRule(await ctx.catalog(), input);
  }

  @Mutation(() => AlertRule)
  setAlertRuleActive(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('active') active: boolean): Promise<AlertRule> {
    return ctx.services.alerts.setRuleActive(id, active);
  }

  @Mutation(() => Alert, { description: 'OPEN → ACKNOWLEDGED. With annotate, the alert also becomes an annotation on its metric.' })
  async acknowledgeAlert(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('by', { description: 'Who acknowledges it.' }) by: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('annotate', { defaultValue: false }) annotate: boolean,
  ): Promise<Alert> {
    return ctx.services.alerts.acknowledge(await ctx.catalog(), id, by, { note, annotate });
  }

  @Mutation(() => Alert, { description: 'OPEN or ACKNOWLEDGED → RESOLVED.' })
  resolveAlert(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('by', { description: 'Who resolves it.' }) by: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<Alert> {
    return ctx.services.alerts.resolve(id, by, note);
  }

  @Subscription(() => Alert, {
    subscribe: subscribeAlertRaised,
    description: 'Each alert as it is raised, on whichever instance evaluated it.',
  })
  async alertRaised(@Root() event: AlertChanged, @Ctx() ctx: AppContext): Promise<Alert> {
    return (await readBack(ctx, event)).alert;
  }

  @Subscription(() => AlertEvent, { subscribe: subscribeAlertChanged, description: 'Every alert raised, acknowledged or resolved.' })
  alertChanged(@Root() event: AlertChanged, @Ctx() ctx: AppContext): Promise<AlertEvent> {
    return readBack(ctx, event);
  }
}
