import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { WebSocket } from 'ws';
import type { Logger } from '../../common/logger';
import { PeriodicTask } from '../../common/periodic-task';
import type { Services } from '../../services';
import { bearerTokenFrom, sessionTokenFrom } from './auth.service';
import type { Principal } from './principal';

/** graphql-ws's own code for a refused connection; we use it also when a credential lapses mid-connection. */
export const FORBIDDEN_CLOSE_CODE = 4403;
/** setTimeout's longest delay; a later expiry is caught by the periodic re-check instead. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A share link's token comes as `{ "shareToken": "<token>" }`. The API key from connection_init's payload: `{ "authorization": "Bearer <key>" }` (or `{ "apiKey": "<key>" }`). */
function keyFromParams(params: Readonly<Record<string, unknown>> | undefined): string | null {
  if (!params) return null;
  if (typeof params.authorization === 'string') return bearerTokenFrom(params.authorization);
  return typeof params.apiKey === 'string' ? params.apiKey : null;
}

/**
 * The page's origin against the server's own: scheme and host both, so an `https://host` page does not pass
 * for an `http://host` server (nor the reverse). The scheme is the one the client reached us by: TLS on
 * this socket, or X-Forwarded-Proto when the proxy in front is trusted (TRUST_PROXY).
 */
function sameOrigin(origin: string, request: IncomingMessage, trustProxy: boolean): boolean {
  const forwarded = trustProxy ? String(request.headers['x-forwarded-proto'] ?? '').split(',')[0].trim() : '';
  const encrypted = (request.socket as { encrypted?: boolean }).encrypted === true;
  const scheme = forwarded || (encrypted ? 'https' : 'http');
  try {
    const url = new URL(origin);
    return url.protocol === `${scheme}:` && url.host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * Who may hold a WebSocket, and for how long: an Origin allowlist against cross-site WebSocket hijacking,
 * a session or key in `connection_init`, and the socket closed with 4403 the moment its session or key
 * expires or is revoked (here at once; on another instance through the event bus, and by a periodic re-check
 * for what the bus could have missed).
 */
export class SocketGuard {
  private readonly sockets = new Map<WebSocket, { principal: Principal; timer: NodeJS.Timeout | null }>();
  private readonly recheck: PeriodicTask;
  private revocations: AsyncIterableIterator<{ credentialId: string }> | null = null;

  constructor(private readonly services: Services, private readonly logger: Logger) {
    this.recheck = new PeriodicTask(() => this.closeLapsed(), services.config.auth.credentialRecheckMs, logger, 'credential re-check');
  }

  /** Browsers send an Origin; scripts and servers do not (and cannot ride on a victim's cookie). */
  originAllowed(request: IncomingMessage): boolean {
    const origin = request.headers.origin;
    if (!origin) return true;
    const { allowedOrigins } = this.services.config.auth;
    return sameOrigin(origin, request, this.services.config.trustProxy !== false) || allowedOrigins.includes('*') || allowedOrigins.includes(origin);
  }

  /** The principal of a new connection, or why it is refused. */
  async authenticate(request: IncomingMessage, params: Readonly<Record<string, unknown>> | undefined): Promise<Principal | GraphQLError> {
    try {
      const principal = await this.services.auth.authenticate({
        apiKey: keyFromParams(params), sessionToken: sessionTokenFrom(request.headers.cookie), shareToken: typeof params?.shareToken === 'string' ? params.shareToken : null,
      });
      return principal ?? new GraphQLError('Sign in, or send an API key in connection_init', { extensions: { code: 'UNAUTHENTICATED' } });
    } catch (error) {
      if (error instanceof GraphQLError) return error;
      throw error;
    }
  }

  attach(socket: WebSocket, principal: Principal): void {
    const untilExpiry = principal.expiresAt ? principal.expiresAt.getTime() - Date.now() : null;
    const timer = untilExpiry !== null && untilExpiry < MAX_TIMER_MS
      ? setTimeout(() => this.close(socket, 'Forbidden: the session or API key expired'), Math.max(0, untilExpiry))
      : null;
    timer?.unref();
    this.sockets.set(socket, { principal, timer });
    socket.once('close', () => this.detach(socket));
  }

  start(): void {
    this.recheck.start();
    const revocations = this.services.bus.subscribe('credentialRevoked');
    this.revocations = revocations;
    void (async () => {
      for await (const { credentialId } of revocations) {
        for (const [socket, { principal }] of this.sockets) {
          if (principal.credentialId === credentialId || principal.id === credentialId) this.close(socket, 'Forbidden: the session or API key was revoked');
        }
      }
    })();
  }

  async stop(): Promise<void> {
    await this.recheck.stop();
    await this.revocations?.return?.();
    for (const socket of [...this.sockets.keys()]) this.detach(socket);
  }

  private async closeLapsed(): Promise<void> {
    if (this.sockets.size === 0) return;
    const lapsed = await this.services.auth.lapsed([...new Set([...this.sockets.values()].map(({ principal }) => principal.credentialId))]);
    for (const [socket, { principal }] of this.sockets) {
      if (lapsed.has(principal.credentialId)) this.close(socket, 'Forbidden: the session or API key no longer holds');
    }
  }

  private close(socket: WebSocket, reason: string): void {
    this.detach(socket);
    this.logger.info({ reason }, 'closing a WebSocket whose credential lapsed');
    socket.close(FORBIDDEN_CLOSE_CODE, reason);
  }

  private detach(socket: WebSocket): void {
    const entry = this.sockets.get(socket);
    if (entry?.timer) clearTimeout(entry.timer);
    this.sockets.delete(socket);
  }
}
