// Entry of an ingest worker thread (see ingest-pool.ts). The worker's code is TypeScript: a worker thread
// does not inherit the parent's tsx hooks, so register them here, then load it.
import { register } from 'tsx/esm/api';

register();
// The morphology's dictionaries are the parent thread's, in shared memory: given before any module that
// lemmatises a word is loaded (some do as they load).
const { workerData } = await import('node:worker_threads');
const { useSharedMorphologyDictionaries } = await import('../text/morphology.ts');
useSharedMorphologyDictionaries(workerData.dictionaries);
await import('./ingest-worker-main.ts');
