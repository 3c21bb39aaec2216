/**
 * Worker thread that owns one image-encoder session. onnxruntime-node runs a session
 * synchronously, so the run happens here and the HTTP thread only posts tensors and receives
 * encodings (buffers moved, not copied).
 */
import { serveJobs } from "../workers/serve-jobs";
import type { EncoderJob } from "./encoder-workers";
import { encodeBatch, IMAGE_MODEL } from "./image-encoder";
import { modelStates } from "./onnx-session";

serveJobs(async (job: EncoderJob) => {
  if (job.kind === "encode") {
    const encodings = await encodeBatch(job.tensors);
    return { result: encodings, transfer: encodings.flatMap((e) => [e.pooled.buffer, e.featureMap.buffer, e.logits.buffer]) };
  }
  // "time": warm-up and the raw ceiling (`npm run bench`): the same batch `runs` times, timed here.
  const started = performance.now();
  for (let i = 0; i < job.runs; i++) await encodeBatch(job.tensors);
  return { result: { ms: performance.now() - started, state: modelStates()[IMAGE_MODEL] } };
});
