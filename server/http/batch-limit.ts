/**
 * Calls per tRPC batch. The console's link splits its batches at the same number
 * (components/providers.tsx imports this file, which therefore holds nothing else), so normal use
 * never meets it; it bounds the work one request fans out to, every call with its own queries.
 */
export const MAX_BATCH_CALLS = 16;
