import type { ReactNode } from 'react';
import type { ErrorLevelLayers } from '../lib/errorLevelLayers.js';
import type { Layer } from '../lib/layers.js';
import type { ViewState } from '../lib/useViewState.js';
import type { ZoomPaneProps } from './ZoomPane.js';

/** What every compare view receives from CompareArea. */
export interface ViewProps {
  before: Layer;
  after: Layer;
  difference: Layer | null;
  /** Each photo's error-level heat map, in its own frame as shot. */
  errorLevel: ErrorLevelLayers;
  s: ViewState;
  /** Grid and the selected flag's region, drawn in the given layer's frame. */
  overlay(layer: Layer): ReactNode;
  loupeFor(layer: Layer): ZoomPaneProps['loupe'];
}
