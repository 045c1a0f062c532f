import type { EventBus } from '../bus/event-bus';
import type { Logger } from '../../common/logger';
import { logBackgroundFailure, PeriodicTask } from '../../common/periodic-task';
import type { MetricService } from '../metric/metric.service';
import type { AlertService } from './alert.service';

/**
 * Evaluates alert rules when data arrives: it listens to the event bus (so a write on any instance counts)
 * for committed observations and SLA breaches, marks the affected rules and evaluates each of them once per
 * tick, however many writes the tick saw. Ingestion only publishes the event; it never waits for this.
 */
export class AlertEvaluator {
  private dirtyMetrics = new Set<string>();
  private slaBreached = false;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stops: Array<() => void> = [];
  /** A metric going quiet writes nothing to react to: FRESHNESS rules are also judged on a clock. */
  private readonly freshnessScan: PeriodicTask;

  constructor(
    private readonly bus: EventBus,
    private readonly metrics: MetricService,
    private readonly alerts: AlertService,
    private readonly tickMs: number,
    private readonly logger: Logger,
    freshnessScanMs: number,
  ) {
    this.freshnessScan = new PeriodicTask(() => this.scanFreshness(), freshnessScanMs, logger, 'alerts: freshness scan');
  }

  /** Judges every active FRESHNESS rule at `now`. */
  async scanFreshness(now: Date = new Date()): Promise<void> {
    const catalog = await this.metrics.loadCatalog();
    for (const id of await this.alerts.activeRuleIds({ kind: 'FRESHNESS' })) {
      await this.alerts.evaluate(catalog, id, now).catch((error) => this.logger.error({ err: error, rule: id }, 'alerts: freshness evaluation failed'));
    }
  }

  start(): void {
    if (this.stops.length > 0) return;
    this.freshnessScan.start();
    this.consume(this.bus.subscribe('observationsRecorded'), (event) => event.metricKeys.forEach((key) => this.dirtyMetrics.add(key)));
    this.consume(this.bus.subscribe('slaBreached'), () => (this.slaBreached = true));
  }

  async stop(): Promise<void> {
    await this.freshnessScan.stop();
    this.stops.splice(0).forEach((stop) => stop());
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private consume<T>(iterator: AsyncIterableIterator<T>, mark: (event: T) => void): void {
    let stopped = false;
    this.stops.push(() => {
      stopped = true;
      void iterator.return?.();
    });
    void (async () => {
      for await (const event of iterator) {
        if (stopped) break;
        mark(event);
        this.schedule();
      }
    })();
  }

  private schedule(): void {
    if (this.timer || this.running || this.stops.length === 0) return;
    if (this.dirtyMetrics.size === 0 && !this.slaBreached) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.flush().finally(() => {
        this.running = null;
        this.schedule();
      });
    }, this.tickMs);
  }

  private async flush(): Promise<void> {
    const changed = this.dirtyMetrics;
    const sla = this.slaBreached;
    this.dirtyMetrics = new Set();
    this.slaBreached = false;
    try {
      const catalog = await this.metrics.loadCatalog();
      const ruleIds = await this.alerts.activeRuleIds({ metricKeys: catalog.affectedBy(changed), kind: sla ? 'SLA_BREACH' : undefined });
      // One rule at a time: a burst of rules must not take the whole connection pool from requests.
      for (const id of ruleIds) {
        await this.alerts.evaluate(catalog, id).catch((error) => this.logger.error({ err: error, rule: id }, 'alerts: rule evaluation failed'));
      }
    } catch (error) {
      logBackgroundFailure(this.logger, 'alerts: evaluation', error);
    }
  }
}
