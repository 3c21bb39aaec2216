/**
 * Overload protection for the upload flow, per process: a cap on listing.predict calls in flight
 * and a token bucket per service token. Both answer before the body is read, in O(1).
 */
import { envNumber } from "../config";
import { encoderBatchMax, encoderWorkerCount } from "../inference/encoder-workers";
import { Gate } from "../limits/gate";
import { TokenBuckets } from "../limits/token-bucket";

const store = globalThis as unknown as { __sightlinePredictGate?: Gate; __sightlineTokenBuckets?: TokenBuckets };

/**
 * SIGHTLINE_MAX_INFLIGHT_PREDICTS, by default enough listings to fill every encoder worker's
 * micro-batch once (workers × batch max). Beyond that a listing only waits in the batcher's line,
 * where it would miss the model budget and fail open (allowed, and a review item for a person);
 * refusing it with 429 instead pushes the load back to the upload flow, which can retry.
 */
export function predictGate(): Gate {
  return (store.__sightlinePredictGate ??= new Gate(Math.floor(envNumber("SIGHTLINE_MAX_INFLIGHT_PREDICTS", encoderWorkerCount() * encoderBatchMax(), 1))));
}

/**
 * SIGHTLINE_TOKEN_RATE requests a second per service token (default 500), bursts up to
 * SIGHTLINE_TOKEN_BURST (default one second's worth). A ceiling for one runaway client, so it
 * cannot take the whole process from the others; capacity itself is predictGate's job. The default
 * sits above the top of `npm run bench`'s ladder (400 req/s), so a bench measures the server.
 */
export function serviceTokenBuckets(): TokenBuckets {
  if (!store.__sightlineTokenBuckets) {
    const rate = envNumber("SIGHTLINE_TOKEN_RATE", 500, 0.001);
    store.__sightlineTokenBuckets = new TokenBuckets(rate, envNumber("SIGHTLINE_TOKEN_BURST", Math.max(1, rate), 1));
  }
  return store.__sightlineTokenBuckets;
}

/** Tests change the settings between cases. */
export function resetAdmission(): void {
  delete store.__sightlinePredictGate;
  delete store.__sightlineTokenBuckets;
}
