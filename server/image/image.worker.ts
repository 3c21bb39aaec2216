/**
 * Worker thread for per-image CPU work on the upload path: PDQ (plain JavaScript, several ms a
 * photo) and the encoder's input tensor. Decoding happens in libvips either way; what moves off
 * the HTTP thread is the JavaScript arithmetic.
 */
import { serveJobs } from "../workers/serve-jobs";
import type { ImageJob } from "./image-workers";
import { pdqFromImage } from "./pdq";
import { imageToTensor } from "./preprocess";

serveJobs(async (job: ImageJob) => {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  if (job.kind === "pdq") return { result: await pdqFromImage(bytes) };
  const tensor = await imageToTensor(bytes);
  // In shared memory, the tensor reaches the encoder worker without a copy (600 KB each) and the
  // caller may still reuse it.
  const shared = new Float32Array(new SharedArrayBuffer(tensor.byteLength));
  shared.set(tensor);
  return { result: shared };
});
