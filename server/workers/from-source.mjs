// Worker entry used only when running from TypeScript source (tsx, vitest): register tsx in this
// thread, then load the real entry (see worker-from-source.ts).
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
