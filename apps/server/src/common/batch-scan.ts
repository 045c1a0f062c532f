/** How many rows a background scan claims per transaction: short locks, bounded memory. */
export const SCAN_BATCH = 500;

/**
 * Runs `batch` (one transaction that claims at most SCAN_BATCH rows, skipping those another instance holds) until a
 * batch claims fewer: nothing is left that is not someone else's. The sum of what the batches did.
 */
export async function scanInBatches(batch: () => Promise<{ claimed: number; done: number }>): Promise<number> {
  let total = 0;
  for (;;) {
    const { claimed, done } = await batch();
    total += done;
    if (claimed < SCAN_BATCH) return total;
  }
}
