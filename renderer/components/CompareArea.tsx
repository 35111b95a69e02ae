/** The compare views of the current analysis, with the selected flag's region drawn in each photo's frame. */
import type { ReactNode } from 'react';
import type { Analysis, Api } from '../../shared/contract/api.js';
import type { Layer } from '../lib/layers.js';
import { afterLayer, beforeLayer } from '../lib/layers.js';
import { loupeSource } from '../lib/loupeSource.js';
import { regionPoints } from '../lib/regionPoints.js';
import type { ImageUrls } from '../lib/useAnalysisImages.js';
import type { ViewState } from '../lib/useViewState.js';
import type { ViewId } from '../lib/views.js';
import { errorLevelLayers } from '../lib/errorLevelLayers.js';
import { DifferenceView } from './DifferenceView.js';
import { ErrorLevelView } from './ErrorLevelView.js';
import { FlickerView } from './FlickerView.js';
import { OnionView } from './OnionView.js';
import { Overlay } from './Overlay.js';
import { SideBySideView } from './SideBySideView.js';
import { SwipeView } from './SwipeView.js';
import type { ViewProps } from './viewProps.js';
import type { ZoomPaneProps } from './ZoomPane.js';

const VIEW_COMPONENTS: Record<ViewId, (p: ViewProps) => ReactNode> = {
  'side-by-side': SideBySideView,
  swipe: SwipeView,
  onion: OnionView,
  flicker: FlickerView,
  difference: DifferenceView,
  'error-level': ErrorLevelView,
};

export function CompareArea({
  analysis,
  urls,
  s,
  api,
}: {
  analysis: Analysis;
  urls: ImageUrls;
  s: ViewState;
  /** For the loupe's full-resolution crops; without it the loupe magnifies the display render. */
  api?: Api;
}): ReactNode {
  const report = analysis.report;
  const before = beforeLayer(analysis, urls);
  const after = afterLayer(analysis, urls, s.aligned, s.normalized);
  const difference: Layer | null = analysis.images.includes('difference')
    ? { ...before, url: urls.difference, label: 'Difference' }
    : null;
  const flag = s.selectedFlag === null ? undefined : report.flags[s.selectedFlag];
  const overlay = (layer: Layer): ReactNode => {
    const pts = flag?.region ? regionPoints(flag.region, layer.frame, report.alignment.matrix) : null;
    const region =
      flag?.region && pts
        ? { kind: flag.region.kind, points: pts, label: `${flag.label}: where it applies` }
        : null;
    if (!s.grid && !region) return null;
    return <Overlay width={layer.width} height={layer.height} grid={s.grid} region={region} />;
  };
  const loupeFor = (layer: Layer): ZoomPaneProps['loupe'] =>
    s.loupe && layer.url
      ? {
          image: { url: layer.url, ...layer.display },
          original: api && {
            api,
            source: loupeSource(
              analysis,
              layer,
              layer === before ? 'before' : layer === difference ? 'difference' : 'after',
            ),
          },
          at: s.loupeAt,
          setAt: s.setLoupeAt,
        }
      : undefined;
  const View = VIEW_COMPONENTS[s.view];
  return (
    <section className="compare" aria-label="Compare">
      <View
        before={before}
        after={after}
        difference={difference}
        errorLevel={errorLevelLayers(analysis, urls)}
        s={s}
        overlay={overlay}
        loupeFor={loupeFor}
      />
    </section>
  );
}
