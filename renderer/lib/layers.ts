/**
 * Which render goes where. The before photo and every aligned render share the before frame (full
 * resolution px as the content size, the display render stretched over it); the after photo as shot keeps
 * its own frame. "Normalized" on an as-shot after photo applies the report's linear-light gains through an
 * SVG filter (see GainFilter), so the toggle means the same in both modes.
 */
import type { Analysis } from '../../shared/contract/api.js';
import type { ImageUrls } from './useAnalysisImages.js';

export interface Layer {
  readonly url: string | undefined;
  readonly frame: 'before' | 'after';
  /** Content size: the photo's full resolution in its frame. */
  readonly width: number;
  readonly height: number;
  /** Pixel size of the render (for the loupe). */
  readonly display: { width: number; height: number };
  readonly filter: string | undefined;
  readonly label: string;
}

export const GAIN_FILTER_ID = 'fairshot-exposure-gain';

export function beforeLayer(a: Analysis, urls: ImageUrls): Layer {
  const r = a.report.before;
  return {
    url: urls.before,
    frame: 'before',
    width: r.width,
    height: r.height,
    display: a.display.before,
    filter: undefined,
    label: 'Before',
  };
}

/** True when the aligned renders exist (alignment succeeded). */
export function canAlign(a: Analysis): boolean {
  return a.report.alignment.status === 'aligned' && a.images.includes('aligned');
}

export function afterLayer(a: Analysis, urls: ImageUrls, aligned: boolean, normalized: boolean): Layer {
  const exposure = a.report.exposure.applied;
  if (aligned && canAlign(a)) {
    const norm = normalized && exposure && a.images.includes('aligned-normalized');
    return {
      url: norm ? urls['aligned-normalized'] : urls.aligned,
      frame: 'before',
      width: a.report.before.width,
      height: a.report.before.height,
      display: a.display.before,
      filter: undefined,
      label: `After, aligned${norm ? ', exposure normalized' : ', exposure as shot'}`,
    };
  }
  const norm = normalized && exposure;
  return {
    url: urls.after,
    frame: 'after',
    width: a.report.after.width,
    height: a.report.after.height,
    display: a.display.after,
    filter: norm ? `url(#${GAIN_FILTER_ID})` : undefined,
    label: `After, as shot${norm ? ', exposure normalized' : ''}`,
  };
}
