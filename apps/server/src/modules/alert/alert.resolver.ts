import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { AlertChanged } from '../bus/event-bus';
import { notFound } from '../../common/errors';
import { LOCALE_ARG, localized } from '../../common/localized';
import type { AppContext } from '../../context';
import { actorOf } from '../audit/audit.service';
import { accessToMetric, forbidden, principalOf, readableMetricKeys, readsMetric, requireMetric, requireMetricEdit } from '../auth/access.guard';
import type { Catalog } from '../metric/catalog';
import type { AlertState } from './alert.entity';
import { AlertRuleInput } from './alert.input';
import { alertOwner } from './alert.service';
import { Alert, AlertBacktest, AlertEvent, AlertRule, AlertStateEnum, RuleOwnerCandidate } from './alert.type';

/** Who did it is whoever is signed in (or the key): a caller-supplied name would let anyone act as someone else. */
const BY_IGNORED = 'Ignored: the signed-in user or API key is recorded.';

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

/** An event's alert metric and a catalog read after it, looked up once however many subscribers filter the event. */
const eventScopes = new WeakMap<AlertChanged, Promise<{ metricKey: string | null; catalog: Catalog }>>();

function scopeOf(services: AppContext['services'], event: AlertChanged) {
  let scope = eventScopes.get(event);
  if (!scope) {
    scope = Promise.all([services.alerts.alert(event.alertId), services.metrics.loadCatalog()])
      .then(([alert, catalog]) => ({ metricKey: alert?.metricKey ?? null, catalog }));
    eventScopes.set(event, scope);
  }
  return scope;
}

/** Each subscriber gets the events of alerts whose metric it reads at DETAIL, judged on the catalog of the event's time. */
function readableAlerts(context: AppContext) {
  const principal = principalOf(context);
  return filter(async (event: AlertChanged) => {
    try {
      const { metricKey, catalog } = await scopeOf(context.services, event);
      return metricKey !== null && accessToMetric(principal, catalog, metricKey) === 'DETAIL';
    } catch (error) {
      // A failed lookup skips this event for the subscriber instead of ending its subscription.
      context.logger.warn({ err: error, alertId: event.alertId }, 'alert feed: could not check access to an alert');
      return false;
    }
  });
}

function subscribeAlertChanged({ context }: SubscribeResolverData<unknown, object, AppContext>) {
  return counted(context.services, pipe(context.services.bus.subscribe('alertChanged'), readableAlerts(context)));
}

function subscribeAlertRaised({ context }: SubscribeResolverData<unknown, object, AppContext>) {
  return counted(context.services, pipe(
    context.services.bus.subscribe('alertChanged'),
    filter((event: AlertChanged) => event.change === 'RAISED'),
    readableAlerts(context),
  ));
}

/** Acknowledging or resolving an alert is an edit in its metric's department. */
async function requireAlertEdit(ctx: AppContext, id: string): Promise<void> {
  const alert = await ctx.services.alerts.alert(id);
  if (!alert) throw notFound('Alert', id);
  await requireMetricEdit(ctx, alert.metricKey, 'ALERT');
}

async function readBack(ctx: AppContext, event: AlertChanged): Promise<AlertEvent> {
  const alert = await ctx.services.alerts.alert(event.alertId);
  if (!alert) throw notFound('Alert', event.alertId);
  return Object.assign(new AlertEvent(), { change: event.change, alert });
}

/** A metric's name in `locale`; its key when the catalog no longer has it. */
function metricNameOf(catalog: Catalog, key: string, locale?: string | null): string {
  const metric = catalog.find(key);
  return metric ? localized(metric.name, metric.i18n, locale, 'name') : key;
}

@Resolver(() => AlertRule)
export class AlertRuleResolver {
  @FieldResolver(() => String, { description: "The metric's name in the locale's language: what people read instead of its key." })
  async metricName(@Root() rule: AlertRule, @Ctx() ctx: AppContext, @Arg('locale', () => String, LOCALE_ARG) locale?: string | null): Promise<string> {
    return metricNameOf(await ctx.catalog(), rule.metricKey, locale);
  }
}

@Resolver(() => Alert)
export class AlertResolver {
  @Query(() => [Alert], { description: 'Alerts, newest first, of the metrics whose details you may read.' })
  async alerts(
    @Ctx() ctx: AppContext,
    @Arg('states', () => [AlertStateEnum], { nullable: true }) states: AlertState[] | null,
    @Arg('metricKey', () => ID, { nullable: true }) metricKey: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: '1 to 200.' }) first: number,
  ): Promise<Alert[]> {
    return ctx.services.alerts.alerts({ states, metricKey, readable: await readableMetricKeys(ctx, 'DETAIL') }, first);
  }

  @FieldResolver(() => String, { description: "The metric's name in the locale's language: what people read instead of its key." })
  async metricName(@Root() alert: Alert, @Ctx() ctx: AppContext, @Arg('locale', () => String, LOCALE_ARG) locale?: string | null): Promise<string> {
    return metricNameOf(await ctx.catalog(), alert.metricKey, locale);
  }

  @FieldResolver(() => String, { nullable: true, description: "Who answers for it; the metric owner's title in the locale's language when translated." })
  async owner(@Root() alert: Alert, @Ctx() ctx: AppContext, @Arg('locale', () => String, LOCALE_ARG) locale?: string | null): Promise<string | null> {
    return alertOwner(alert, await ctx.catalog(), locale);
  }

  @Query(() => Alert, { nullable: true })
  async alert(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<Alert | null> {
    const alert = await ctx.services.alerts.alert(id);
    if (alert && !(await readsMetric(ctx, alert.metricKey, 'DETAIL'))) {
      throw forbidden(`You may not read alert "${id}" of metric "${alert.metricKey}"`, { metricKey: alert.metricKey });
    }
    return alert;
  }

  @Query(() => [AlertRule], { description: 'Alert rules of the metrics whose details you may read.' })
  async alertRules(@Ctx() ctx: AppContext, @Arg('metricKey', () => ID, { nullable: true }) metricKey: string | null): Promise<AlertRule[]> {
    return ctx.services.alerts.rules(metricKey, await readableMetricKeys(ctx, 'DETAIL'));
  }

  @Mutation(() => AlertRule, { description: 'A rule evaluated from the next data of its metric on.' })
  async createAlertRule(@Ctx() ctx: AppContext, @Arg('input', () => AlertRuleInput) input: AlertRuleInput): Promise<AlertRule> {
    const catalog = await ctx.catalog();
    // An unknown metric is the input's mistake, reported by createRule with its field.
    if (catalog.find(input.metricKey)) await requireMetricEdit(ctx, input.metricKey, 'ALERT_RULE');
    return ctx.services.alerts.createRule(catalog, input, actorOf(principalOf(ctx)));
  }

  @Mutation(() => AlertRule, { description: "Replaces a rule's definition (not its metric); a changed condition starts its state over." })
  async updateAlertRule(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('input', () => AlertRuleInput) input: AlertRuleInput): Promise<AlertRule> {
    const rule = await ctx.services.alerts.rule(id);
    if (!rule) throw notFound('AlertRule', id);
    await requireMetricEdit(ctx, rule.metricKey, 'ALERT_RULE');
    return ctx.services.alerts.updateRule(await ctx.catalog(), id, input, actorOf(principalOf(ctx)));
  }

  @Mutation(() => AlertRule, { description: 'Deletes a rule and its alerts; returns the rule as it was.' })
  async deleteAlertRule(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<AlertRule> {
    const rule = await ctx.services.alerts.rule(id);
    if (!rule) throw notFound('AlertRule', id);
    await requireMetricEdit(ctx, rule.metricKey, 'ALERT_RULE');
    return ctx.services.alerts.deleteRule(await ctx.catalog(), id, actorOf(principalOf(ctx)));
  }

  @Query(() => AlertBacktest, { description: 'When the rule (saved or not) would have fired and cleared over the last 90 days of its metric.' })
  async alertRuleBacktest(@Ctx() ctx: AppContext, @Arg('input', () => AlertRuleInput) input: AlertRuleInput): Promise<AlertBacktest> {
    const catalog = await ctx.catalog();
    if (catalog.find(input.metricKey)) await requireMetric(ctx, input.metricKey, 'DETAIL');
    return ctx.services.alerts.backtest(catalog, input);
  }

  @Query(() => [RuleOwnerCandidate], { description: "Users who may own a rule of the metric (they read its details); for whoever edits the metric's rules." })
  async alertRuleOwnerCandidates(@Ctx() ctx: AppContext, @Arg('metricKey', () => ID) metricKey: string): Promise<RuleOwnerCandidate[]> {
    await requireMetricEdit(ctx, metricKey, 'ALERT_RULE');
    return ctx.services.alerts.ownerCandidates(await ctx.catalog(), metricKey);
  }

  @Mutation(() => AlertRule)
  async setAlertRuleActive(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('active') active: boolean): Promise<AlertRule> {
    const rule = await ctx.services.alerts.rule(id);
    if (!rule) throw notFound('AlertRule', id);
    await requireMetricEdit(ctx, rule.metricKey, 'ALERT_RULE');
    return ctx.services.alerts.setRuleActive(await ctx.catalog(), id, active, actorOf(principalOf(ctx)));
  }

  @Mutation(() => Alert, { description: 'OPEN → ACKNOWLEDGED. With annotate, the alert also becomes an annotation on its metric.' })
  async acknowledgeAlert(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('by', () => String, { nullable: true, deprecationReason: BY_IGNORED }) _by: string | null,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('annotate', { defaultValue: false }) annotate: boolean,
  ): Promise<Alert> {
    await requireAlertEdit(ctx, id);
    return ctx.services.alerts.acknowledge(await ctx.catalog(), id, actorOf(principalOf(ctx)), { note, annotate });
  }

  @Mutation(() => Alert, { description: 'OPEN or ACKNOWLEDGED → RESOLVED.' })
  async resolveAlert(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('by', () => String, { nullable: true, deprecationReason: BY_IGNORED }) _by: string | null,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<Alert> {
    await requireAlertEdit(ctx, id);
    return ctx.services.alerts.resolve(id, principalOf(ctx).name, note);
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
