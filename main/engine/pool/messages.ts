/** Messages between the audit pool and its worker threads. */
import type { AuditReport } from '../../../shared/contract/report.js';
import type { ProposedSplit } from '../../../shared/contract/composite.js';
import type { AuditResult, AuditPairOptions } from '../auditPair.js';
import type { AuditCompositeOptions } from '../composite/auditComposite.js';

/** The options a job carries across the thread boundary: data only, no callbacks. */
export type AuditJobOptions = Omit<AuditPairOptions, 'onProgress' | 'onDisplay'>;

/** A composite job's options across the thread boundary: data only. */
export type CompositeJobOptions = Omit<AuditCompositeOptions, 'onProgress' | 'onDisplay'>;

/**
 * One job: a pair of files (kind absent or 'pair'), every case of a composite file, or the proposal of
 * how a composite is cut (read and split only, no audit).
 */
export type AuditJob =
  | { id: number; kind?: 'pair'; before: string; after: string; options: AuditJobOptions }
  | { id: number; kind: 'composite'; path: string; options: CompositeJobOptions }
  | { id: number; kind: 'propose'; path: string };

/** What a job resolves to: one result for a pair, one per case for a composite, or a proposal. */
export type JobResult = AuditResult | AuditResult[] | ProposedSplit;

export type WorkerMessage =
  | { id: number; kind: 'progress'; fraction: number; stage: string }
  /** The display images, ahead of the rest (render.display jobs); they are left out of `done`'s map. */
  | { id: number; kind: 'display'; report: AuditReport; images: Map<string, Uint8Array> }
  | { id: number; kind: 'done'; result: JobResult }
  /** `photo` is set for a bad input (PhotoError), rebuilt as one on the other side; otherwise an internal error. */
  | { id: number; kind: 'error'; message: string; photo: { file: string; cause: string } | null };
