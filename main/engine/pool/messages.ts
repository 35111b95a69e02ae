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
  /** `photo`: a bad input (PhotoError), shown as is; otherwise an internal error. */
  | { id: number; kind: 'error'; message: string; photo: boolean };
