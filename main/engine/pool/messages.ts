/** Messages between the audit pool and its worker threads. */
import type { AuditReport } from '../../../shared/contract/report.js';
import type { AuditResult, AuditPairOptions } from '../auditPair.js';

/** The options a job carries across the thread boundary: data only, no callbacks. */
export type AuditJobOptions = Omit<AuditPairOptions, 'onProgress' | 'onDisplay'>;

export interface AuditJob {
  id: number;
  before: string;
  after: string;
  options: AuditJobOptions;
}

export type WorkerMessage =
  | { id: number; kind: 'progress'; fraction: number; stage: string }
  /** The display images, ahead of the rest (render.display jobs); they are left out of `done`'s map. */
  | { id: number; kind: 'display'; report: AuditReport; images: Map<string, Uint8Array> }
  | { id: number; kind: 'done'; result: AuditResult }
  /** `photo` is set for a bad input (PhotoError), rebuilt as one on the other side; otherwise an internal error. */
  | { id: number; kind: 'error'; message: string; photo: { file: string; cause: string } | null };
