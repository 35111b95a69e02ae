/** Hamming distance between two perceptual hashes written as hex strings of the same length. */
export function hammingDistance(a: string, b: string): number {
  if (a.length !== b.length)
    throw new Error(`hammingDistance: hashes differ in length (${a.length} vs ${b.length})`);
  let d = 0;
  for (let i = 0; i < a.length; i++) {
    let x = parseInt(a[i] as string, 16) ^ parseInt(b[i] as string, 16);
    if (Number.isNaN(x)) throw new Error(`hammingDistance: not a hex hash: "${a}" / "${b}"`);
    while (x) {
      d += x & 1;
      x >>= 1;
    }
  }
  return d;
}
