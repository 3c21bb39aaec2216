/** Decoded pixels per image: stops decompression bombs (a 50 kB PNG can claim 100k x 100k). */
export const MAX_IMAGE_PIXELS = Number(process.env.SIGHTLINE_MAX_IMAGE_PIXELS ?? 40_000_000);

/**
 * Decoded pixels per listing, all its photos together: every photo is decoded in full at least
 * once (PDQ hashes the stored pixels), so this bounds one listing's decoding work, which 8 photos
 * at the per-image limit would put at 320 MP. The default takes eight 12.2 MP photos (4032x3024,
 * the usual phone camera output), a full listing of ordinary phone photos, or two at the
 * per-image limit.
 */
export const MAX_LISTING_PIXELS = Number(process.env.SIGHTLINE_MAX_LISTING_PIXELS ?? 100_000_000);
