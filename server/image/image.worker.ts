/**
 * Worker thread for per-image CPU work on the upload path: PDQ (decoding, then synchronous
 * WebAssembly and JavaScript, a few ms a photo) and the encoder's input views. Decoding happens
 * in libvips either way; what moves off the HTTP thread is the synchronous arithmetic.
 */
import { serveJobs } from "../workers/serve-jobs";
import type { ImageJob } from "./image-workers";
import { pdqFromImage } from "./pdq";
import { endCropTensors, imageToRgb, INPUT_SIZE, rgbToTensor } from "./preprocess";

serveJobs(async (job: ImageJob) => {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  if (job.kind === "pdq") return { result: await pdqFromImage(bytes) };
  // Written straight into shared memory: the tensors reach the encoder worker without a copy
  // (600 KB each) and the caller may still reuse them.
  const shared = () => new Float32Array(new SharedArrayBuffer(3 * INPUT_SIZE * INPUT_SIZE * Float32Array.BYTES_PER_ELEMENT));
  if (job.kind === "ends") return { result: await endCropTensors(bytes, shared) };
  return { result: rgbToTensor(await imageToRgb(bytes), INPUT_SIZE, shared()) };
});
