/**
 * Unit normal of the dome at head point (u, v): a sphere in head units, flattened to a rim where the
 * outline is reached so that points just outside still get a usable normal. Writes into `out` because
 * it runs once per pixel, and a fresh array per pixel kept the garbage collector busy.
 */
export function domeNormal(u: number, v: number, out: Float64Array): void {
  const r2 = u * u + v * v;
  const z = Math.sqrt(Math.max(0.0025, 1 - r2));
  const n = Math.sqrt(r2 + z * z);
  out[0] = u / n;
  out[1] = v / n;
  out[2] = z / n;
}
