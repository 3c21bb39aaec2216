/** Warm the models once at server start, so the first upload does not pay for loading them. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { loadScorer } = await import("./server/cascade/model-scorer");
    void loadScorer();
  }
}
