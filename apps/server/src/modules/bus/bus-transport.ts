export interface BusHandlers {
  message(raw: string): void;
  /** After a gap in the connection: messages sent meanwhile are lost. */
  reconnected(): void;
}

/** Moves encoded bus messages between instances; reconnects by itself after losing its server. */
export interface BusTransport {
  readonly kind: 'postgres' | 'redis';
  /** True while messages from other instances can arrive. */
  readonly connected: boolean;
  /** Resolves once listening; rejects when the server cannot be reached at all. */
  start(handlers: BusHandlers): Promise<void>;
  send(raw: string): Promise<void>;
  stop(): Promise<void>;
}
