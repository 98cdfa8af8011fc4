import { config } from 'zod';

// The contract's schemas come along with its constants. Zod probes for eval with `Function('')`,
// which `default-src 'self'` blocks and reports as a violation; jitless mode never probes.
config({ jitless: true });
