/** The head's view of the backbone, pure (shared with the browser's occlusion tool). */
export const FEATURE_CHANNELS = 1280;
export const FEATURE_HW = 7 * 7;

/** Mean over the spatial cells of a C×HW map (the global average pool the head sees). */
export function meanPool(featureMap: Float32Array, channels = FEATURE_CHANNELS, hw = FEATURE_HW): Float32Array {
  const pooled = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    let sum = 0;
    const base = c * hw;
    for (let i = 0; i < hw; i++) sum += featureMap[base + i];
    pooled[c] = sum / hw;
  }
  return pooled;
}
