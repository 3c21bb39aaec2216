/** Decoded pixels per image: stops decompression bombs (a 50 kB PNG can claim 100k x 100k). */
export const MAX_IMAGE_PIXELS = Number(process.env.SIGHTLINE_MAX_IMAGE_PIXELS ?? 40_000_000);
