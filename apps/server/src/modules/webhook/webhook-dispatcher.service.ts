import { sql } from 'kysely';
import type { DataSource } from 'typeorm';
import { backoffDelay } from '@opshub/metrics';
import type { Logger } from '../../common/logger';
import { PeriodicTask } from '../../common/periodic-task';
import type { Config } from '../../config';
import { qb, run } from '../../database/sql';
import { MailNotConfiguredError, type Mailer } from './webhook-mailer';
import { notificationLocale } from '../../common/localized';
import { mailMessage, slackPayload } from './webhook-message';
import { signatureHeader, SIGNATURE_HEADER } from './webhook-signature';
import { BLOCKED_TARGET, BlockedTargetError, type WebhookTargets } from './webhook-target';

interface Claimed {
  id: string;
  event_type: string;
  payload: unknown;
  attempts: number;
  /** null: an e-mail to `recipient` (a user's digest), not to a channel. */
  endpoint_id: string | null;
  recipient: string | null;
}

/** Where a claimed delivery goes. */
interface Target {
  kind: string;
  url: string | null;
  secret: string;
  recipients: string[];
  /** The language of e-mail and Slack texts. */
  locale: string;
}

/**
 * The log keeps a short, fixed description of a failure and never what the receiver answered: a response
 * body (or a raw error message) would echo internal services back to whoever reads the log.
 */
function failure(error: unknown, signal: AbortSignal, timeoutMs: number): string {
  if (signal.aborted) return `timed out after ${timeoutMs} ms`;
  if (error instanceof BlockedTargetError) return BLOCKED_TARGET;
  if (error instanceof MailNotConfiguredError) return error.message;
  // SMTP replies (550 mailbox unavailable…) say which recipient failed and why; their code is enough for the log.
  const responseCode = (error as { responseCode?: unknown })?.responseCode;
  if (typeof responseCode === 'number') return `SMTP ${responseCode}`;
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? `connection failed (${code})` : 'connection failed';
}

/**
 * Sends queued webhook deliveries. Each instance polls the queue (and is woken after its own commits),
 * claims due deliveries with FOR UPDATE SKIP LOCKED and leases them for longer than an attempt can take, so
 * no two instances send the same attempt and a delivery of an instance that died is retried by another.
 * Every attempt has a timeout and runs outside any request or transaction: a slow or dead receiver only
 * ever occupies one of `concurrency` slots, never ingestion.
 */
export class WebhookDispatcher {
  private readonly polling: PeriodicTask;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly controllers = new Set<AbortController>();
  private started = false;

  constructor(
    private readonly db: DataSource,
    private readonly options: Config['webhooks'],
    private readonly targets: WebhookTargets,
    private readonly mailer: Mailer,
    private readonly logger: Logger,
  ) {
    this.polling = new PeriodicTask(() => this.poll(), options.pollMs, logger, 'webhooks: poll');
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.polling.start();
    this.wake();
  }

  /** Looks for due deliveries now (after a commit that queued some). */
  wake(): void {
    this.polling.runNow();
  }

  /** Stops polling and aborts attempts in flight; their leases expire and another instance retries them. */
  async stop(): Promise<void> {
    this.started = false;
    const polled = this.polling.stop();
    for (const controller of this.controllers) controller.abort();
    await polled;
    await Promise.all(this.inFlight);
    this.mailer.close();
  }

  private async poll(): Promise<void> {
    const free = this.options.concurrency - this.inFlight.size;
    if (free <= 0) return;
    const leaseMs = this.options.timeoutMs * 2 + 5000;
    const claimed: Claimed[] = await run(this.db, qb
      .with('due', (db) => db.selectFrom('webhook_delivery').select('id')
        .where('state', '=', 'PENDING').where('next_attempt_at', '<=', sql<Date>`now()`)
        .orderBy('next_attempt_at').orderBy('id').limit(free).forUpdate().skipLocked())
      .updateTable('webhook_delivery as d').from('due')
      .set({ attempts: sql<number>`d.attempts + 1`, next_attempt_at: sql<Date>`now() + make_interval(secs => ${leaseMs}::float8 / 1000)` })
      .whereRef('d.id', '=', 'due.id')
      .returning(['d.id', 'd.event_type', 'd.payload', 'd.attempts', 'd.endpoint_id', 'd.recipient']));
    const endpointIds = [...new Set(claimed.flatMap((d) => (d.endpoint_id ? [d.endpoint_id] : [])))];
    const endpoints = endpointIds.length === 0 ? [] : await run(this.db, qb.selectFrom('webhook_endpoint')
      .select(['id', 'kind', 'url', 'secret', 'recipients', 'locale']).where('id', 'in', endpointIds));
    const targetOf = new Map(endpoints.map((e) => [e.id, e as Target]));
    for (const delivery of claimed) {
      const target: Target = delivery.endpoint_id
        ? targetOf.get(delivery.endpoint_id)!
        : { kind: 'EMAIL', url: null, secret: '', recipients: [delivery.recipient!], locale: 'en' }; // a personal digest, written in its reader's language
      const sending = this.attempt(delivery, target).finally(() => {
        this.inFlight.delete(sending);
        // A freed slot may have a delivery waiting for it.
        this.wake();
      });
      this.inFlight.add(sending);
    }
  }

  /** Sends one delivery the way its channel's kind wants it; returns the HTTP status (null for e-mail). */
  private async send(delivery: Claimed, target: Target, signal: AbortSignal): Promise<number | null> {
    if (target.kind === 'EMAIL') {
      await this.mailer.send(target.recipients, mailMessage(delivery.payload, notificationLocale(target.locale)));
      return null;
    }
    const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'OpsHub-Webhooks/1' };
    if (target.kind === 'SLACK') return this.targets.post(new URL(target.url!), headers, JSON.stringify(slackPayload(delivery.payload, notificationLocale(target.locale))), signal);
    const body = JSON.stringify({ id: String(delivery.id), ...(delivery.payload as object) });
    return this.targets.post(new URL(target.url!), {
      ...headers,
      'x-opshub-event': delivery.event_type,
      'x-opshub-delivery': String(delivery.id),
      [SIGNATURE_HEADER]: signatureHeader(target.secret, body),
    }, body, signal);
  }

  private async attempt(delivery: Claimed, target: Target): Promise<void> {
    const controller = new AbortController();
    this.controllers.add(controller);
    const timeout = setTimeout(() => controller.abort(), this.options.timeoutMs);
    const started = Date.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      statusCode = await this.send(delivery, target, controller.signal);
      if (statusCode !== null && (statusCode < 200 || statusCode >= 300)) error = `HTTP ${statusCode}`;
    } catch (caught) {
      error = failure(caught, controller.signal, this.options.timeoutMs);
    } finally {
      clearTimeout(timeout);
      this.controllers.delete(controller);
    }
    if (!this.started && error !== null && controller.signal.aborted) return; // stopping: the lease hands it to the next poll
    await this.record(delivery, statusCode, error, Date.now() - started).catch((failure) => this.logger.error({ err: failure, delivery: delivery.id }, 'webhooks: could not record an attempt'));
  }

  private async record(delivery: Claimed, statusCode: number | null, error: string | null, durationMs: number): Promise<void> {
    const delivered = error === null;
    const exhausted = !delivered && delivery.attempts >= this.options.maxAttempts;
    const retryInMs = backoffDelay(delivery.attempts - 1, { baseMs: this.options.retryBaseMs, maxMs: this.options.retryMaxMs });
    await this.db.transaction(async (tx) => {
      const state = delivered ? 'DELIVERED' : exhausted ? 'FAILED' : 'PENDING';
      await run(tx, qb.insertInto('webhook_attempt').values({ delivery_id: delivery.id, attempt: delivery.attempts, status_code: statusCode, error, duration_ms: durationMs }));
      await run(tx, qb.updateTable('webhook_delivery').set({
        state, last_status_code: statusCode, last_error: error,
        delivered_at: sql<Date | null>`CASE WHEN ${state} = 'DELIVERED' THEN now() END`,
        next_attempt_at: sql<Date>`CASE WHEN ${state} = 'PENDING' THEN now() + make_interval(secs => ${retryInMs}::float8 / 1000) ELSE next_attempt_at END`,
      }).where('id', '=', delivery.id));
    });
    if (!delivered) this.logger.warn({ delivery: delivery.id, attempt: delivery.attempts, statusCode, error, exhausted }, 'webhooks: delivery attempt failed');
  }
}
