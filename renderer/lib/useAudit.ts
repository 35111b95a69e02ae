/**
 * The audit session: which pair is open, the running job (progress, cancel), the last analysis and the one
 * error line. Every way of opening photos (drop, paste, picker, dialog, recent) ends in `openPhotos`. One
 * photo on its own is first offered to the split engine: a gallery composite opens in the split editor
 * (`proposal`); anything else waits for its after photo as before.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Analysis, Api, PhotoRef, Progress, Split, SplitProposal } from '../../shared/contract/api.js';
import { MAX_UPLOAD_BYTES } from '../../shared/contract/api.js';
import { ApiFailure } from './ApiFailure.js';
import { errorLine } from './errorLine.js';
import { orderPair } from './orderPair.js';
import type { AnalyzeOptions, Pair } from './requestOf.js';
import { compositePair, requestOf } from './requestOf.js';
import { swapCase } from './editSplit.js';

export type { AnalyzeOptions, Pair };

export const NO_OPTIONS: AnalyzeOptions = { manual: null, referenceRect: null };

export interface Audit {
  readonly pair: Pair | null;
  /** A lone photo waiting for its partner. */
  readonly pending: PhotoRef | null;
  /** A composite's proposed split, open in the split editor until it is compared or dismissed. */
  readonly proposal: SplitProposal | null;
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
  /** Audits the composite in the split editor as `split` cuts it. */
  compareSplit(split: Split): void;
  /** The image in the split editor is one photo after all: it waits for its after photo. */
  onePhoto(): void;
  report(e: unknown): void;
  clearError(): void;
  tell(notice: string | null): void;
}

export function useAudit(api: Api): Audit {
  const [pair, setPair] = useState<Pair | null>(null);
  const [pending, setPending] = useState<PhotoRef | null>(null);
  const [proposal, setProposal] = useState<SplitProposal | null>(null);
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
        const result = await api.analyze(requestOf(p, o), {
          signal: controller.signal,
          onProgress: (pr) => job.current === controller && setProgress(pr),
        });
        // The pair and options shown are those of the analysis on screen: a failed or cancelled run
        // leaves the last good comparison, and its names, in place.
        if (job.current === controller) {
          // A transition: React renders the new comparison in slices that leave the UI thread free
          // between them, instead of one long task (bench/ui.ts). The progress line goes with it, so
          // no frame shows neither.
          startTransition(() => {
            setPair(p);
            setOptions(o);
            setAnalysis(result);
            setProposal(null);
            setProgress(null);
          });
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

  const wait = useCallback((a: PhotoRef, why: string) => {
    setPending(a);
    setNotice(`${why}${a.name} is the before photo. Now add the after photo.`);
  }, []);

  /** Asks the engine whether a lone image is a composite: it opens in the split editor, or waits. */
  const propose = useCallback(
    async (a: PhotoRef) => {
      setNotice(`Looking for before and after panels in ${a.name}…`);
      try {
        const p = await api.proposeSplit(a.id);
        if (p.split) {
          setNotice(null);
          setProposal(p);
        } else wait(a, `${a.name} is not a composite (${p.reason.replace(/\.$/, '')}). `);
      } catch (e) {
        setNotice(null);
        setError(errorLine(e));
      }
    },
    [api, wait],
  );

  const openPhotos = useCallback(
    (refs: readonly PhotoRef[]) => {
      const [a, b] = refs;
      setProposal(null);
      if (a && b) {
        setPending(null);
        void analyze({ before: a, after: b });
      } else if (a) {
        const waiting = pendingRef.current;
        if (waiting) {
          setPending(null);
          void analyze({ before: waiting, after: a });
        } else void propose(a);
      }
    },
    [analyze, propose],
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
    if (!pair) return;
    const c = pair.composite;
    if (c) void analyze(compositePair(c.photo, swapCase(c.split)));
    else void analyze({ before: pair.after, after: pair.before });
  }, [pair, analyze]);

  const compareSplit = useCallback(
    (split: Split) => {
      if (proposal) void analyze(compositePair(proposal.photo, split));
    },
    [proposal, analyze],
  );

  const onePhoto = useCallback(() => {
    if (!proposal) return;
    setProposal(null);
    wait(proposal.photo, '');
  }, [proposal, wait]);

  return {
    pair,
    pending,
    proposal,
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
    compareSplit,
    onePhoto,
    report,
    clearError: () => setError(null),
    tell: setNotice,
  };
}
