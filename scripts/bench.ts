/**
 * `npm run bench`: drives the real listing.predict route over HTTP (the built app, `npm start`,
 * its own embedded Postgres under .data/bench) with realistic listings (text + 2 real photos,
 * every request's files byte-unique so no cache answers for it), and prints fast-path and
 * full-path latency, the highest sustained rate whose P99 stays under 500 ms, the raw
 * image-encoder ceiling, and how close the served rate comes to it. Last line: BENCH {json}.
 */
import os from "node:os";
import { benchPhotoPool, uniqueCopy, type Photo } from "@/server/demo/bench-photos";
import { demoPhoto } from "@/server/demo/demo-photos";
import { imageToViews } from "@/server/image/preprocess";
import { encodeBatch } from "@/server/inference/image-encoder";
import { loadImagePrior, scorePhoto } from "@/server/inference/image-prior";
import { measureEncoderCeiling } from "@/server/inference/encoder-ceiling";
import { encoderWorkers } from "@/server/inference/encoder-workers";
import { disposeSessions } from "@/server/inference/onnx-session";
import { FAIL_OPEN_CODES, listingBody as bodyOf, postPredict, quantile, r1, startLocalServer } from "./local-server";
import { treeCpuMs } from "./process-cpu";

const PORT = Number(process.env.SIGHTLINE_BENCH_PORT ?? 3200);
const P99_LIMIT_MS = 500;
const IMAGES_PER_LISTING = 2;
const STEP_SECONDS = Number(process.env.SIGHTLINE_BENCH_STEP_SECONDS ?? 8);

let seq = 0;
function listingBody(photos: Photo[]) {
  seq++;
  return bodyOf(`bench-${process.pid}-${seq}`, seq, photos);
}

const errorKinds = new Map<string, number>();
const noteError = (kind: string) => errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);

let BASE = "";

/** One request; `failedOpen` when the answer is a fail-open, not the model deciding. */
async function predict(token: string, body: string): Promise<{ ms: number; ok: boolean; failedOpen: boolean }> {
  const answer = await postPredict(BASE, token, body);
  if (!answer.output) noteError(answer.status ? `HTTP ${answer.status}` : `client: ${answer.error}`);
  const failedOpen = answer.output?.reasons.some((r) => FAIL_OPEN_CODES.has(r.code)) ?? false;
  return { ms: answer.ms, ok: Boolean(answer.output), failedOpen };
}

let serverPid = 0;

/** Open loop: requests start on schedule whatever the server's pace, as real uploads do. */
async function atRate(rps: number, seconds: number, makeBody: () => string, token: string) {
  const n = Math.max(1, Math.round(rps * seconds));
  const bodies = Array.from({ length: n }, makeBody);
  const cpu0 = treeCpuMs(serverPid);
  const t0 = performance.now();
  const results = await Promise.all(
    bodies.map(
      (body, i) =>
        new Promise<Awaited<ReturnType<typeof predict>>>((resolve) =>
          setTimeout(() => predict(token, body).then(resolve), Math.max(0, t0 + (i * 1000) / rps - performance.now())),
        ),
    ),
  );
  const cpu1 = treeCpuMs(serverPid);
  const ms = results.map((r) => r.ms);
  // CPU the server (Next.js, its worker threads, Postgres) spent per listing during the step.
  const cpuMsPerListing = cpu0 === null || cpu1 === null ? null : (cpu1 - cpu0) / n;
  const errors = results.filter((r) => !r.ok).length;
  const failedOpen = results.filter((r) => r.failedOpen).length;
  return { rps, n, p50: quantile(ms, 0.5), p99: quantile(ms, 0.99), errors, failedOpen, cpuMsPerListing };
}

const ceiling = await measureEncoderCeiling({ seconds: 12 });
console.log("image encoder ceiling (no HTTP, no preprocessing, random tensors):");
for (const p of ceiling.points) {
  console.log(`  ${p.layout.padEnd(11)} ${p.sessions}×${p.threads} thread(s), batch ${String(p.batchSize).padStart(2)}: ${r1(p.imagesPerSecond)} images/s (${r1(p.msPerBatch)} ms/batch)`);
}
// Photos, and how many encoder runs each listing costs: a centre crop per photo, plus two end crops
// for an elongated one whose centre crop leaves the image prior in doubt (image-prior.ts scorePhoto),
// counted the way the server decides it.
const pool = await benchPhotoPool(240);
const viewsPerPhoto = await countViews(pool);
const ENCODER_RUNS_PER_LISTING = IMAGES_PER_LISTING * viewsPerPhoto;
const ceilingRps = ceiling.best.imagesPerSecond / ENCODER_RUNS_PER_LISTING;
// The server measured next is a separate process: this one's encoder threads must not compete with it.
await encoderWorkers().close();
await disposeSessions();

const startedAt = performance.now();
const server = await startLocalServer({ port: PORT, dataDir: ".data/bench", pgPort: 54359 });
const readyAfterMs = performance.now() - startedAt;
serverPid = server.process.pid ?? 0;
BASE = server.base;
try {
  const token = server.token;
  // Full path: two different real photos per listing, not in the hash bank, each request's
  // files byte-unique. Fast path: the demo bank's photo (a unique copy, so it is decoded and
  // hashed like any upload; and once as the identical file, which the PDQ memo answers).
  let photoSeq = 0;
  // Consecutive pool photos: the pool alternates firearm and other, so each listing shows one of each.
  const twoPhotos = () => {
    const first = photoSeq;
    photoSeq += 2;
    return [first, first + 1].map((i) => uniqueCopy(pool[i % pool.length], `${process.pid}-${i}`));
  };
  const banned = await demoPhoto("handgun", 1);
  const other = await demoPhoto("general_product", 6);
  const knownBad = () => [uniqueCopy(banned, `${process.pid}-bad-${photoSeq++}`), uniqueCopy(other, `${process.pid}-other-${photoSeq++}`)];
  const knownBadExact = () => [banned, uniqueCopy(other, `${process.pid}-other-${photoSeq++}`)];

  // The first uploads after a start, one at a time: /api/health says ready only once every
  // session and worker has run, so these should get the model like any later upload.
  const firstRequests = [];
  for (let i = 0; i < 3; i++) firstRequests.push(await predict(token, listingBody(twoPhotos())));
  console.log(
    `server ready ${r1(readyAfterMs / 1000)} s after start; first requests after ready (full path): ` +
      firstRequests.map((r) => `${r1(r.ms)} ms${r.failedOpen ? " FAILED OPEN" : r.ok ? "" : " ERROR"}`).join(", "),
  );
  await atRate(5, 3, () => listingBody(twoPhotos()), token); // warm the route
  // 300 requests each: a P99 over 100 is the second-worst request, which this shared VM moves by
  // 10 ms from run to run.
  const fast = await atRate(10, 30, () => listingBody(knownBad()), token);
  const fastExact = await atRate(10, 30, () => listingBody(knownBadExact()), token);
  const full = await atRate(5, 12, () => listingBody(twoPhotos()), token);
  console.log(`photos: ${pool.length} real photos from the dataset, 2 different ones per listing, byte-unique per request`);
  const counts = (s: { n: number; errors: number; failedOpen: number }) => `n=${s.n}, errors ${s.errors}, failed open ${s.failedOpen}`;
  console.log(`fast path (hash-bank hit, decided in stage 1):    P50 ${r1(fast.p50)} ms, P99 ${r1(fast.p99)} ms (${counts(fast)})`);
  console.log(`fast path, the banned file re-uploaded unchanged: P50 ${r1(fastExact.p50)} ms, P99 ${r1(fastExact.p99)} ms (${counts(fastExact)})`);
  console.log(`full path (all stages, 2 images):                 P50 ${r1(full.p50)} ms, P99 ${r1(full.p99)} ms (${counts(full)})`);

  // Ladder up until P99 breaks the limit, then bisect between the last pass and the first fail
  // until they are within 10% (or 2 req/s) of each other. A fail-open answer (the model missed
  // its budget: allow + review) is quick but is not the model serving, so it counts like an error.
  const passes = (s: { p99: number; errors: number; failedOpen: number; n: number }) => s.p99 <= P99_LIMIT_MS && s.errors + s.failedOpen <= s.n * 0.001;
  let cpuAtBest: number | null = null;
  const step = async (rps: number) => {
    // The CPU is read right after the last answer; a step that fell behind finishes later, so its
    // figure is per listing all the same.
    const r = await atRate(rps, STEP_SECONDS, () => listingBody(twoPhotos()), token);
    const cpu = r.cpuMsPerListing === null ? "" : `, server CPU ${r1(r.cpuMsPerListing)} ms per listing`;
    console.log(`  ${String(rps).padStart(3)} req/s: P50 ${r1(r.p50)} ms, P99 ${r1(r.p99)} ms, errors ${r.errors}/${r.n}, failed open ${r.failedOpen}${cpu}`);
    // Let the queue drain before the next step, so steps do not inherit each other's backlog.
    await new Promise((done) => setTimeout(done, 2000));
    if (passes(r) && rps > best) cpuAtBest = r.cpuMsPerListing;
    return passes(r);
  };
  let best = 0;
  let fail = Infinity;
  for (let rps = 5; rps <= 400; rps = Math.round(rps * 1.5)) {
    if (!(await step(rps))) {
      fail = rps;
      break;
    }
    best = rps;
  }
  while (Number.isFinite(fail) && fail - best > Math.max(2, best * 0.1)) {
    const mid = Math.round((best + fail) / 2);
    if (await step(mid)) best = mid;
    else fail = mid;
  }
  if (errorKinds.size) console.log(`errors seen: ${[...errorKinds].map(([k, n]) => `${k} ×${n}`).join(", ")}`);
  const ratio = best / ceilingRps;
  console.log(`sustained: ${best} listings/s with P99 ≤ ${P99_LIMIT_MS} ms and the model deciding (fail-open ≤ 0.1%)`);
  // What the encoder itself needs per listing, at the ceiling's efficiency: the rest of a
  // listing's CPU is decoding, hashing, HTTP and storage on the same cores.
  const encoderCpuMs = (ENCODER_RUNS_PER_LISTING * ceiling.best.sessions * ceiling.best.threads * 1000) / ceiling.best.imagesPerSecond;
  if (cpuAtBest !== null) {
    console.log(
      `CPU per listing at ${best} listings/s: ${r1(cpuAtBest)} ms, of which the encoder needs ${r1(encoderCpuMs)} ms at best; ` +
        `with ${os.availableParallelism()} cores that bounds served/ceiling near ${r1((encoderCpuMs / cpuAtBest) * 100)}%`,
    );
  }
  const b = ceiling.best;
  console.log(`ceiling-implied: ${r1(ceilingRps)} listings/s (${r1(b.imagesPerSecond)} images/s, ${b.layout} ${b.sessions}×${b.threads} thread(s) at batch ${b.batchSize}, ${IMAGES_PER_LISTING} photos = ${r1(ENCODER_RUNS_PER_LISTING)} encoder runs per listing); served/ceiling = ${r1(ratio * 100)}%`);
  console.log(
    "BENCH " +
      JSON.stringify({
        ready_after_start_s: r1(readyAfterMs / 1000),
        first_request_ms: r1(firstRequests[0].ms),
        first_requests_failed_open: firstRequests.filter((r) => r.failedOpen).length,
        fast_p50_ms: r1(fast.p50),
        fast_p99_ms: r1(fast.p99),
        fast_exact_file_p99_ms: r1(fastExact.p99),
        full_p50_ms: r1(full.p50),
        full_p99_ms: r1(full.p99),
        sustained_rps: best,
        ceiling_images_per_s: r1(ceiling.best.imagesPerSecond),
        ceiling_rps: r1(ceilingRps),
        ratio: Math.round(ratio * 1000) / 1000,
        cpu_ms_per_listing: cpuAtBest === null ? null : r1(cpuAtBest),
        encoder_cpu_ms_per_listing: r1(encoderCpuMs),
        encoder_runs_per_listing: r1(ENCODER_RUNS_PER_LISTING),
        ceiling_layout: `${b.layout} ${b.sessions}x${b.threads}`,
        ceiling_by_batch: Object.fromEntries(
          (["one session", "workers"] as const).map((layout) => [layout, Object.fromEntries(ceiling.points.filter((p) => p.layout === layout).map((p) => [p.batchSize, r1(p.imagesPerSecond)]))]),
        ),
      }),
  );
} finally {
  await server.stop();
}
process.exit(0);

/** Mean encoder runs per photo over the pool, as scorePhoto asks for them. */
async function countViews(photos: Photo[]): Promise<number> {
  const prior = loadImagePrior();
  let runs = 0;
  for (const p of photos) {
    const views = await imageToViews(p.bytes);
    const [centre] = await encodeBatch([views.centre]);
    runs += (await scorePhoto(prior, centre, async () => encodeBatch(await views.ends()))).views;
  }
  return runs / photos.length;
}
