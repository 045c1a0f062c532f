export function startServer(env?: Record<string, string>): Promise<{ baseUrl: string; stop(): Promise<void> }>;
