/**
 * Audits one before/after pair from files: read, analyze with the shared pipeline, optionally write the
 * outputs. The CLI, the batch runner, the server and the app's worker all call this.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Composite } from '../../shared/contract/composite.js';
import type { AuditReport, PhotoInfo } from '../../shared/contract/report.js';
import type { AnalyzePairOptions } from '../../shared/analysis/pipeline/analyzePair.js';
import type { measurePair } from '../../shared/analysis/pipeline/measurePair.js';
import type { reportPair } from '../../shared/analysis/pipeline/reportPair.js';
import { PhotoError } from './input/PhotoError.js';
import { readPhotoOffThread } from './input/photoThread.js';
import type { LoadedPhoto } from './input/readPhoto.js';
import { loadOpenCv } from './opencv.js';
import { synchronousOsr } from './synchronousOsr.js';
import type { MeasuredProvenance } from './provenance/measureProvenance.js';
import type { DisplayName, OutputName, RenderOutputsOptions } from './outputs/renderOutputs.js';
import { toolVersion } from './version.js';

export interface AuditPairOptions {
  /** Folder to write the rendered outputs into; nothing is written when absent. */
  out?: string | null;
  label?: string | null;
  referenceRect?: AnalyzePairOptions['referenceRect'];
  /** Region for the scalp coverage measure in before-photo pixels. @default null (the overlap) */
  coverageRect?: AnalyzePairOptions['coverageRect'];
  manual?: AnalyzePairOptions['manual'];
  thresholds?: AnalyzePairOptions['thresholds'];
  /** Long side of the working images the analysis runs on. @default 1024 */
  workMaxSide?: number;
  /** Measure each photo's provenance (the provenance.* flags, the error-level maps). @default true */
  provenance?: boolean;
  /** Long side of the rendered outputs. @default 2048 */
  outputMaxSide?: number;
  /** Render the outputs into memory (AuditResult.rendered) with these options; nothing when absent. */
  render?: RenderOutputsOptions | null;
  /**
   * Names the report shows for the photos in place of their paths and file names (uploads are stored
   * under random names): keeps local paths out of what is handed to a UI or exported. @default null
   */
  displayNames?: { before: string; after: string } | null;
  /**
   * With `render.display`: called with the report and the display images as soon as both exist, before
   * the exports are rendered (see RenderOutputsOptions.onDisplay). @default null
   */
  onDisplay?: ((report: AuditReport, images: Map<OutputName | DisplayName, Uint8Array>) => void) | null;
  onProgress?: (fraction: number, stage: string) => void;
}

export interface AuditResult {
  report: AuditReport;
  /** Files written into `out`. */
  written: string[];
  /** The outputs rendered in memory when `render` was given, by name, in render order; else null. */
  rendered: Map<OutputName | DisplayName, Uint8Array | string> | null;
}

/** Throws PhotoError (one line naming the file) for every bad input; never writes into an input. */
export async function auditPair(
  beforePath: string,
  afterPath: string,
  options: AuditPairOptions = {},
): Promise<AuditResult> {
  const progress = options.onProgress ?? (() => {});
  if (resolve(beforePath) === resolve(afterPath)) {
    throw new PhotoError(afterPath, 'is the same path as the before photo: give two different photos');
  }
  const [sb, sa] = await Promise.all([stat(beforePath).catch(() => null), stat(afterPath).catch(() => null)]);
  if (sb && sa && sb.ino === sa.ino && sb.dev === sa.dev && sb.isFile()) {
    throw new PhotoError(
      afterPath,
      `is the same file as ${beforePath} (a link to it): give two different photos`,
    );
  }
  if (options.out) await checkOutputFolder(options.out, [beforePath, afterPath]);
  progress(0, 'read');
  const workMaxSide = options.workMaxSide ?? 1024;
  // The whole-photo error-level map is only for the rendered heat maps; without outputs a crop will do.
  const read = {
    workMaxSide,
    provenance: options.provenance ?? true,
    errorLevelMap: Boolean(options.out || options.render),
  };
  // Read on the photo thread while this one loads OpenCV; provenance follows while the pair registers
  // (auditPhotos waits for it before the detectors run).
  const reading = Promise.all([readPhotoOffThread(beforePath, read), readPhotoOffThread(afterPath, read)]);
  // OpenCV loads here while the photos decode there: it is the longest single step of a cold start.
  loadOpenCv().catch(() => undefined); // awaited in auditPhotos; this only keeps a failure from going unhandled
  // The analysis's modules load while the photos decode, not before they are asked for.
  loadAnalysis().catch(() => undefined); // awaited in auditPhotos, as OpenCV is
  const [before, after] = await reading;
  return auditPhotos(before, after, options);
}

let analysis: Promise<Analysis> | undefined;
interface Analysis {
  measurePair: typeof measurePair;
  reportPair: typeof reportPair;
}

/**
 * The pipeline's two halves, imported on first use: with the detectors they are most of the modules an
 * audit loads, and imported statically they made the photos wait, since auditPair asks the photo thread
 * for them only once its own imports are done (e2e pair, loaded machine: requests went out at 700 ms,
 * 160 ms after the thread was ready for them).
 */
function loadAnalysis(): Promise<Analysis> {
  analysis ??= Promise.all([
    import('../../shared/analysis/pipeline/measurePair.js'),
    import('../../shared/analysis/pipeline/reportPair.js'),
  ]).then(([m, r]) => ({ measurePair: m.measurePair, reportPair: r.reportPair }));
  return analysis;
}

/** A photo ready for the pipeline: a file read by readPhoto, or a panel cut from a composite. */
export type PhotoSource = Pick<LoadedPhoto, 'info' | 'work' | 'full' | 'errorLevel' | 'pendingProvenance'>;

/**
 * The audit of two photos already read: the one path from decoded photos to the report and outputs,
 * shared by auditPair and auditComposite. `composite` is set on the report before any output is written.
 */
export async function auditPhotos(
  before: PhotoSource,
  after: PhotoSource,
  options: AuditPairOptions & { composite?: Composite },
): Promise<AuditResult> {
  const progress = options.onProgress ?? (() => {});
  const cv = await loadOpenCv();
  const { measurePair, reportPair } = await loadAnalysis();
  const rendering = Boolean(options.out || options.render);
  const names = options.displayNames ?? null;
  const analysisOptions: AnalyzePairOptions = {
    toolVersion: toolVersion(),
    label: options.label ?? null,
    referenceRect: options.referenceRect ?? null,
    coverageRect: options.coverageRect ?? null,
    manual: options.manual ?? null,
    thresholds: options.thresholds,
    // The analysis's own 'done' is not the end when rendering follows: a UI would show "done" at 80 %.
    onProgress: (f, s) =>
      rendering && s === 'done' ? undefined : progress(0.05 + f * (rendering ? 0.75 : 0.95), s),
  };
  // OSR compiled on this thread while measuring: cold loops otherwise wait in the interpreter behind
  // OpenCV's wasm tier-up (synchronousOsr.ts).
  const measured = synchronousOsr(() =>
    measurePair(
      cv,
      {
        info: names ? { ...before.info, path: names.before, name: names.before } : before.info,
        work: before.work,
      },
      {
        info: names ? { ...after.info, path: names.after, name: names.after } : after.info,
        work: after.work,
      },
      analysisOptions,
    ),
  );
  // The detectors judge complete facts: wait for a provenance still being measured on its thread.
  const [provB, provA] = await Promise.all([before.pendingProvenance, after.pendingProvenance]);
  const complete = (info: PhotoInfo, p: MeasuredProvenance | null | undefined): PhotoInfo =>
    p ? { ...info, provenance: p.provenance } : info;
  const analysis = reportPair(measured, analysisOptions, {
    before: complete(measured.m.before, provB),
    after: complete(measured.m.after, provA),
  });
  if (options.composite) analysis.report.composite = options.composite;
  let written: string[] = [];
  let rendered: AuditResult['rendered'] = null;
  if (rendering) {
    progress(0.8, 'render');
    const maxSide = options.outputMaxSide ?? 2048;
    const [b, a] = await Promise.all([before.full(maxSide), after.full(maxSide)]);
    const inputs = {
      report: analysis.report,
      before: b,
      after: a,
      afterToBefore: analysis.afterToBefore,
      correction: analysis.correction,
      errorLevel: {
        before: before.errorLevel ?? provB?.errorLevel ?? null,
        after: after.errorLevel ?? provA?.errorLevel ?? null,
      },
    };
    if (options.render) {
      const onDisplay = options.onDisplay;
      // The renderers load only when outputs are asked for: a plain audit starts faster without them.
      const { renderOutputs } = await import('./outputs/renderOutputs.js');
      rendered = await renderOutputs(cv, inputs, {
        maxSide,
        ...options.render,
        onDisplay: onDisplay ? (images) => onDisplay(analysis.report, images) : null,
      });
    }
    if (options.out) {
      const out = options.out;
      const { writeOutputs } = await import('./outputs/writeOutputs.js');
      written = await writeOutputs(cv, out, inputs, { maxSide }).catch((e: NodeJS.ErrnoException) => {
        // A folder that cannot be written is the user's to fix: one line, not a stack.
        if (typeof e.code === 'string')
          throw new PhotoError(out, `cannot write the outputs here (${e.code})`);
        throw e;
      });
    }
  }
  progress(1, 'done');
  return { report: analysis.report, written, rendered };
}

/**
 * Fails early, before any analysis, when the outputs cannot go where asked: the folder is a file or
 * already holds a file of that name, or an output would overwrite one of the photos being audited.
 */
export async function checkOutputFolder(out: string, inputs: readonly string[]): Promise<void> {
  const originals = new Set(inputs.map((p) => resolve(p)));
  const { OUTPUT_NAMES } = await import('./outputs/writeOutputs.js');
  const clash = OUTPUT_NAMES.map((n) => resolve(out, n)).find((p) => originals.has(p));
  if (clash)
    throw new PhotoError(
      clash,
      'is one of the audited photos: choose another --out folder, it would be overwritten',
    );
  const st = await stat(out).catch(() => null);
  if (st && !st.isDirectory()) throw new PhotoError(out, 'is a file, not a folder: --out needs a folder');
}
