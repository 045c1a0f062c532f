/** PostgreSQL rejects NOTIFY payloads of 8000 bytes or more; Redis has no such limit but gets the same messages. */
export const MAX_MESSAGE_BYTES = 7999;

/** What travels between instances: keys of what changed, never the data itself. */
export type BusEvent =
  /** metricKeys null: too many keys to list, treat every metric as changed. */
  | { channel: 'observationsRecorded'; metricKeys: string[] | null }
  | { channel: 'leadChanged'; leadId: string; kinds: string[] }
  | { channel: 'slaBreached'; clockId: string; leadId: string }
  | { channel: 'workflowRecordChanged'; recordId: string; workflow: string }
  | { channel: 'workflowSlaBreached'; clockId: string; recordId: string; workflow: string }
  | { channel: 'alertChanged'; alertId: string; change: string }
  | { channel: 'credentialRevoked'; credentialId: string }
  | { channel: 'organizationChanged' }
  | { channel: 'fileImportProgressed'; importId: string };

export type BusMessage = BusEvent & {
  /** The sending instance, so it can skip its own message (it already delivered the event locally). */
  origin: string;
  /** The sender's clock in ms, for the bus lag metric. */
  sentAt: number;
};

export function encodeMessage(message: BusMessage): string {
  const raw = JSON.stringify(message);
  if (Buffer.byteLength(raw) <= MAX_MESSAGE_BYTES) return raw;
  // Only a key list can grow without bound; lead events carry two ids and a few kinds.
  return JSON.stringify({ ...message, metricKeys: null });
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

function isEvent(message: Record<string, unknown>): boolean {
  switch (message.channel) {
    case 'observationsRecorded':
      return message.metricKeys === null || isStrings(message.metricKeys);
    case 'leadChanged':
      return isString(message.leadId) && isStrings(message.kinds);
    case 'slaBreached':
      return isString(message.clockId) && isString(message.leadId);
    case 'workflowRecordChanged':
      return isString(message.recordId) && isString(message.workflow);
    case 'workflowSlaBreached':
      return isString(message.clockId) && isString(message.recordId) && isString(message.workflow);
    case 'alertChanged':
      return isString(message.alertId) && isString(message.change);
    case 'credentialRevoked':
      return isString(message.credentialId);
    case 'organizationChanged':
      return true;
    case 'fileImportProgressed':
      return isString(message.importId);
    default:
      return false;
  }
}

/** null for anything that is not a message of ours (the channel is open to any database or Redis client). */
export function decodeMessage(raw: string): BusMessage | null {
  try {
    const message = JSON.parse(raw) as Record<string, unknown> | null;
    if (typeof message !== 'object' || message === null) return null;
    return isString(message.origin) && typeof message.sentAt === 'number' && isEvent(message) ? (message as unknown as BusMessage) : null;
  } catch {
    return null;
  }
}
