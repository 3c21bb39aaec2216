/** Embeddings as stored: float32 little-endian bytes (see predictions.image_embeddings). */

export function toFloat32Bytes(vectors: ArrayLike<number>[]): Buffer {
  const total = vectors.reduce((n, v) => n + v.length, 0);
  const out = Buffer.alloc(total * 4);
  let offset = 0;
  for (const v of vectors) {
    for (let i = 0; i < v.length; i++, offset += 4) out.writeFloatLE(v[i], offset);
  }
  return out;
}

/** Splits stored bytes back into vectors of `dim` values. */
export function fromFloat32Bytes(bytes: Buffer, dim: number): Float32Array[] {
  if (bytes.length % (dim * 4) !== 0) throw new Error(`${bytes.length} bytes are not whole ${dim}-value float32 vectors`);
  const out: Float32Array[] = [];
  for (let o = 0; o < bytes.length; o += dim * 4) {
    const v = new Float32Array(dim);
    for (let i = 0; i < dim; i++) v[i] = bytes.readFloatLE(o + i * 4);
    out.push(v);
  }
  return out;
}
