export function ensureTraversable(targets: string[]): void;
