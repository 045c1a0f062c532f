import { sql } from 'kysely';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../common/logger';
import type { Config } from '../../config';
import { qb, run, runOne } from '../../database/sql';
import type { JobQueue, JobRun } from '../job/job-queue.service';
import { MailNotConfiguredError, type Mailer } from './webhook-mailer';
import { notificationLocale } from '../../common/localized';
import { mailMessage, slackPayload } from './webhook-message';
import { signatureHeader, SIGNATURE_HEADER } from './webhook-signature';
import { BLOCKED_TARGET, BlockedTargetError, type WebhookTargets } from './webhook-target';

/** The job kind that sends one delivery, attempt after attempt (queued by WebhookService.enqueue). */
export const WEBHOOK_DELIVERY_JOB = 'webhook.delivery';

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
 * Sends queued webhook deliveries, each as a job of the job queue: a failed attempt is logged on the delivery and
 * fails the job with its (fixed) reason, which the queue retries with exponential backoff until the delivery's
 * attempts run out; it then stays FAILED, as does its job. A delivery is only sent by the instance holding its
 * job, and the job of an instance that died is retried by another. Every attempt has a timeout and runs outside
 * any request or transaction: a slow or dead receiver only ever occupies one of `concurrency` slots, never ingestion.
 */
export class WebhookDispatcher {
  constructor(
    private readonly db: DataSource,
    private readonly options: Config['webhooks'],
    private readonly targets: WebhookTargets,
    private readonly mailer: Mailer,
    private readonly logger: Logger,
    jobs: JobQueue,
  ) {
    jobs.define<{ deliveryId: string }>({
      name: WEBHOOK_DELIVERY_JOB,
      run: ({ deliveryId }, job) => this.deliver(deliveryId, job),
      concurrency: options.concurrency,
      // The queue counts in whole seconds.
      retryLimit: options.maxAttempts - 1,
      retryDelaySeconds: Math.ceil(options.retryBaseMs / 1000),
      retryDelayMaxSeconds: Math.ceil(options.retryMaxMs / 1000),
      expireInSeconds: Math.ceil((options.timeoutMs * 2) / 1000) + 30,
      recover: () => this.recover(jobs),
    });
  }

  /**
   * Gives a job to every PENDING delivery without one: queued before deliveries were jobs, or whose job ran out of
   * tries before the delivery ran out of attempts (a failure before the attempt, such as a database outage).
   */
  private async recover(jobs: JobQueue): Promise<void> {
    const pending = await run(this.db, qb.selectFrom('webhook_delivery').select('id').where('state', '=', 'PENDING').orderBy('id'));
    const queued = await jobs.sendMissing(WEBHOOK_DELIVERY_JOB, pending.map(({ id }) => ({ key: String(id), data: { deliveryId: String(id) } })));
    if (queued > 0) this.logger.info({ queued }, 'webhooks: queued deliveries that had no job');
  }

  /** Closes the mail relay's connections (once no delivery job runs). */
  close(): void {
    this.mailer.close();
  }

  /** One attempt at a delivery still PENDING; throws the failure so that the queue retries it. */
  private async deliver(deliveryId: string, job: JobRun): Promise<void> {
    const delivery: Claimed | null = await runOne(this.db, qb.updateTable('webhook_delivery')
      .set({ attempts: sql<number>`attempts + 1`, next_attempt_at: sql<Date>`now()` })
      .where('id', '=', deliveryId).where('state', '=', 'PENDING')
      .returning(['id', 'event_type', 'payload', 'attempts', 'endpoint_id', 'recipient']));
    if (!delivery) return; // delivered, dead-lettered, or its channel deleted
    const endpoint = delivery.endpoint_id
      ? await runOne(this.db, qb.selectFrom('webhook_endpoint').select(['id', 'kind', 'url', 'secret', 'recipients', 'locale']).where('id', '=', delivery.endpoint_id))
      : null;
    // To one person (a personal digest, a review notice): in the language the event names, their own.
    const target: Target = endpoint
      ?? { kind: 'EMAIL', url: null, secret: '', recipients: [delivery.recipient!], locale: notificationLocale((delivery.payload as { locale?: string } | null)?.locale) };
    const error = await this.attempt(delivery, target, job);
    if (error !== null) throw new Error(error);
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

  /** Sends and logs one attempt; its failure, or null. */
  private async attempt(delivery: Claimed, target: Target, job: JobRun): Promise<string | null> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const signal = AbortSignal.any([timeout, job.signal]);
    const started = Date.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      statusCode = await this.send(delivery, target, signal);
      if (statusCode !== null && (statusCode < 200 || statusCode >= 300)) error = `HTTP ${statusCode}`;
    } catch (caught) {
      error = failure(caught, timeout, this.options.timeoutMs);
    }
    // Stopping (or cancelled): the queue has already handed the job back, and this is no attempt to log.
    if (job.signal.aborted) return 'interrupted';
    await this.record(delivery, statusCode, error, Date.now() - started, job).catch((failure) => this.logger.error({ err: failure, delivery: delivery.id }, 'webhooks: could not record an attempt'));
    return error;
  }

  private async record(delivery: Claimed, statusCode: number | null, error: string | null, durationMs: number, job: JobRun): Promise<void> {
    const delivered = error === null;
    const exhausted = !delivered && delivery.attempts >= this.options.maxAttempts;
    // The earliest the queue retries the job (it adds up to as much again at random).
    const retryInMs = Math.min(Math.ceil(this.options.retryBaseMs / 1000) * 2 ** Math.min(16, job.attempt), Math.ceil(this.options.retryMaxMs / 1000)) * 1000;
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
