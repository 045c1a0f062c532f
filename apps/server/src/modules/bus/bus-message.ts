/** PostgreSQL rejects NOTIFY payloads of 8000 bytes or more; Redis has no such limit but gets the same messages. */
export const MAX_MESSAGE_BYTES = 7999;

/** What travels between instances: which metrics changed, never the data itself. */
export interface BusMessage {
  /** The sending instance, so it can skip its own message (it already delivered the event locally). */
  origin: string;
  /** The sender's clock in ms, for the bus lag metric. */
  sentAt: number;
  /** null: too many keys to list, treat every metric as changed. */
  metricKeys: string[] | null;
}

export function encodeMessage(message: BusMessage): string {
  const raw = JSON.stringify(message);
  return Buffer.byteLength(raw) <= MAX_MESSAGE_BYTES ? raw : JSON.stringify({ ...message, metricKeys: null });
}

/** null for anything that is not a message of ours (the channel is open to any database or Redis client). */
export function decodeMessage(raw: string): BusMessage | null {
  try {
    const message = JSON.parse(raw) as BusMessage;
    const keysOk = message.metricKeys === null || (Array.isArray(message.metricKeys) && message.metricKeys.every((key) => typeof key === 'string'));
    return typeof message.origin === 'string' && typeof message.sentAt === 'number' && keysOk ? message : null;
  } catch {
    return null;
  }
}
