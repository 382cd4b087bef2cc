// Entry of an ingest worker thread (see ingest-pool.ts). The worker's code is TypeScript: a worker thread
// does not inherit the parent's tsx hooks, so register them here, then load it.
import { register } from 'tsx/esm/api';

register();
await import('./ingest-worker-main.ts');
