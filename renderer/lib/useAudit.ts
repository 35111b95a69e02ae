/**
 * The audit session: which pair is open, the running job (progress, cancel), the last analysis and the one
 * error line. Every way of opening photos (drop, paste, picker, dialog, recent) ends in `openPhotos`.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Analysis, Api, PhotoRef, Progress } from '../../shared/contract/api.js';
import { MAX_UPLOAD_BYTES } from '../../shared/contract/api.js';
import { ApiFailure } from './ApiFailure.js';
import { errorLine } from './errorLine.js';
import { orderPair } from './orderPair.js';

export interface Pair {
  readonly before: PhotoRef;
  readonly after: PhotoRef;
}

/** What the person added beyond the pair: a landmark alignment and an exposure reference rectangle. */
export interface AnalyzeOptions {
  readonly manual: { matrix: number[]; model: 'similarity' | 'affine' | 'homography' } | null;
  readonly referenceRect: [number, number, number, number] | null;
}

export const NO_OPTIONS: AnalyzeOptions = { manual: null, referenceRect: null };

export interface Audit {
  readonly pair: Pair | null;
  /** A lone photo waiting for its partner. */
  readonly pending: PhotoRef | null;
  readonly options: AnalyzeOptions;
  readonly analysis: Analysis | null;
  readonly progress: Progress | null;
  readonly error: string | null;
  /** Short news for the status line (saved files, what to do next). */
  readonly notice: string | null;
  analyze(pair: Pair, options?: AnalyzeOptions): Promise<void>;
  cancel(): void;
  openPhotos(refs: readonly PhotoRef[]): void;
  uploadFiles(files: readonly File[]): Promise<void>;
  swap(): void;
  report(e: unknown): void;
  clearError(): void;
  tell(notice: string | null): void;
}

export function useAudit(api: Api): Audit {
  const [pair, setPair] = useState<Pair | null>(null);
  const [pending, setPending] = useState<PhotoRef | null>(null);
  const [options, setOptions] = useState<AnalyzeOptions>(NO_OPTIONS);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const job = useRef<AbortController | null>(null);
  const pendingRef = useRef<PhotoRef | null>(null);
  pendingRef.current = pending;

  const report = useCallback((e: unknown) => setError(errorLine(e)), []);

  const analyze = useCallback(
    async (p: Pair, o: AnalyzeOptions = NO_OPTIONS) => {
      job.current?.abort();
      const controller = new AbortController();
      job.current = controller;
      setError(null);
      setNotice(null);
      setProgress({ fraction: 0, stage: 'starting' });
      try {
        const result = await api.analyze(
          { before: p.before.id, after: p.after.id, manual: o.manual, referenceRect: o.referenceRect },
          { signal: controller.signal, onProgress: (pr) => job.current === controller && setProgress(pr) },
        );
        // The pair and options shown are those of the analysis on screen: a failed or cancelled run
        // leaves the last good comparison, and its names, in place.
        if (job.current === controller) {
          setPair(p);
          setOptions(o);
          setAnalysis(result);
        }
      } catch (e) {
        if (job.current !== controller) return;
        if (controller.signal.aborted || (e instanceof ApiFailure && e.kind === 'cancelled')) {
          setNotice('Analysis cancelled.');
        } else setError(errorLine(e));
      } finally {
        if (job.current === controller) {
          job.current = null;
          setProgress(null);
        }
      }
    },
    [api],
  );

  const cancel = useCallback(() => job.current?.abort(), []);
  useEffect(() => () => job.current?.abort(), []);

  const openPhotos = useCallback(
    (refs: readonly PhotoRef[]) => {
      const [a, b] = refs;
      if (a && b) {
        setPending(null);
        void analyze({ before: a, after: b });
      } else if (a) {
        const waiting = pendingRef.current;
        if (waiting) {
          setPending(null);
          void analyze({ before: waiting, after: a });
        } else {
          setPending(a);
          setNotice(`${a.name} is the before photo. Now add the after photo.`);
        }
      }
    },
    [analyze],
  );

  const uploadFiles = useCallback(
    async (files: readonly File[]) => {
      setError(null);
      const images = files.slice(0, 2);
      const [f0, f1] = images;
      const ordered = f0 && f1 ? orderPair(f0, f1) : images;
      try {
        const refs: PhotoRef[] = [];
        for (const f of ordered) {
          if (f.size === 0 || f.size > MAX_UPLOAD_BYTES) {
            throw new Error(`${f.name || 'The pasted image'} is ${f.size === 0 ? 'empty' : 'too large'}.`);
          }
          setNotice(`Uploading ${f.name}…`);
          refs.push(await api.upload(f.name || 'pasted.png', new Uint8Array(await f.arrayBuffer())));
        }
        setNotice(null);
        openPhotos(refs);
      } catch (e) {
        setNotice(null);
        setError(errorLine(e));
      }
    },
    [api, openPhotos],
  );

  const swap = useCallback(() => {
    if (pair) void analyze({ before: pair.after, after: pair.before });
  }, [pair, analyze]);

  return {
    pair,
    pending,
    options,
    analysis,
    progress,
    error,
    notice,
    analyze,
    cancel,
    openPhotos,
    uploadFiles,
    swap,
    report,
    clearError: () => setError(null),
    tell: setNotice,
  };
}
