/** Messages between the audit pool and its worker threads. */
import type { AuditResult, AuditPairOptions } from '../auditPair.js';

export interface AuditJob {
  id: number;
  before: string;
  after: string;
  options: Omit<AuditPairOptions, 'onProgress'>;
}

export type WorkerMessage =
  | { id: number; kind: 'progress'; fraction: number; stage: string }
  | { id: number; kind: 'done'; result: AuditResult }
  /** `photo` is set for a bad input (PhotoError), rebuilt as one on the other side; otherwise an internal error. */
  | { id: number; kind: 'error'; message: string; photo: { file: string; cause: string } | null };
