/** One render laid over the pane's content box. As-shot after photos keep their aspect (contain). */
import type { CSSProperties, ReactNode } from 'react';
import type { Layer } from '../lib/layers.js';

export function Photo({ layer, style }: { layer: Layer; style?: CSSProperties }): ReactNode {
  if (!layer.url) return <div className="layer layer-loading" aria-label={`${layer.label} (loading)`} />;
  return (
    <img
      className="layer"
      src={layer.url}
      alt={layer.label}
      draggable={false}
      // Decode off the UI thread: the picture may show a frame later, the window never waits for it.
      decoding="async"
      style={{ filter: layer.filter, ...style }}
    />
  );
}
