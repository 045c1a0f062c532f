import { z } from 'zod';

// zod probes for eval with `new Function` on its first parse; the strict CSP (script-src 'self', no eval) reports
// that probe as a violation even though zod catches it. Jitless, zod never probes.
z.config({ jitless: true });

/** zod, set up for this app: import it from here, never from 'zod' (lint enforces it). */
export { z };
