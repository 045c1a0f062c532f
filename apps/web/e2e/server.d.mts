export function startServer(env?: Record<string, string>): Promise<{ baseUrl: string; stop(): Promise<void> }>;
export function sessionCookie(baseUrl: string, account: { email: string; password: string }): Promise<string>;
export function freePort(): Promise<number>;
