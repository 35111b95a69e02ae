/**
 * Words for a white-balance correction. The correction multiplies the after photo's red and blue
 * relative to green: a photo that needed less red and more blue was warmer.
 */
export function describeWhiteBalance(redStops: number, blueStops: number): string {
  const warmth = blueStops - redStops; // > 0: the after photo was warmer (more red, less blue)
  const tint = (redStops + blueStops) / 2; // > 0: the after photo was greener (needed more red and blue)
  const parts: string[] = [];
  if (Math.abs(warmth) >= 0.05) parts.push(warmth > 0 ? 'warmer' : 'cooler');
  if (Math.abs(tint) >= 0.05) parts.push(tint > 0 ? 'greener' : 'more magenta');
  if (parts.length === 0) return 'The after photo has the same colour balance as the before';
  return `The after photo is ${parts.join(' and ')} than the before`;
}
