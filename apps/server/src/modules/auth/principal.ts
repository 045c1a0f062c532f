import type { Grant } from '@opshub/metrics';

/** Who a request or WebSocket acts as. */
export interface Principal {
  kind: 'USER' | 'API_KEY' | 'SHARE_LINK';
  /** The user's, the key's or the share link's id. */
  id: string;
  /** For audit fields (who acknowledged an alert): the user's name, or `key:<name>`. */
  name: string;
  grant: Grant;
  /** The credential that proved it (a session's token hash, or the key's id): what a revocation names. */
  credentialId: string;
  /** When the session or key stops working; null for a key without expiry. */
  expiresAt: Date | null;
  /** A share link's one dashboard (its slug): all it may open, at KPI level. Undefined for users and keys. */
  dashboard?: string;
}
