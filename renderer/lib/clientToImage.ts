/**
 * A pointer position on screen to image pixels, for an SVG that shows the image with
 * preserveAspectRatio "xMidYMid meet" (scaled to fit its box, centred, letterboxed).
 */
export function clientToImage(
  client: { x: number; y: number },
  box: { left: number; top: number; width: number; height: number },
  image: { width: number; height: number },
): { x: number; y: number } {
  const scale = Math.min(box.width / image.width, box.height / image.height);
  if (!(scale > 0)) return { x: 0, y: 0 };
  const offX = (box.width - image.width * scale) / 2;
  const offY = (box.height - image.height * scale) / 2;
  return { x: (client.x - box.left - offX) / scale, y: (client.y - box.top - offY) / scale };
}
