// Entry of an ingest worker thread (see ingest-pool.ts) when the code runs from its TypeScript sources:
// a worker thread does not inherit the parent's tsx hooks, so register them here, then load it. The
// bundle (dist/, npm start) runs ingest-worker-main.ts compiled, without this file.
import { register } from 'tsx/esm/api';

register();
await import('./ingest-worker-main.ts');
