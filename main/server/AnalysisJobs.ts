/**
 * Analyses started over HTTP: POST starts one and answers at once with its id, the page follows it as
 * Server-Sent Events, DELETE cancels it (its worker is terminated). A late subscriber still gets the
 * latest progress and the outcome, which is kept for a while after the job ends.
 */
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Analysis, AnalyzeRequestSchema, ApiError, Progress } from '../../shared/contract/api.js';
import type { PairService } from '../engine/session/PairService.js';
import { toApiError } from '../engine/session/toApiError.js';

export type JobEvent =
  | { event: 'progress'; data: Progress }
  | { event: 'done'; data: Analysis }
  | { event: 'error'; data: ApiError };

interface Job {
  ac: AbortController;
  last: JobEvent | null;
  outcome: JobEvent | null;
  listeners: Set<(e: JobEvent) => void>;
}

export interface AnalysisJobsOptions {
  /** How long an ended job's outcome stays readable, ms. @default 300_000 */
  keepMs?: number;
  /** Jobs remembered at most; the oldest ended ones are forgotten first. @default 64 */
  maxJobs?: number;
}

export class AnalysisJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly service: PairService,
    private readonly options: AnalysisJobsOptions = {},
  ) {}

  /** Starts an analysis and returns its job id at once. */
  start(request: z.output<typeof AnalyzeRequestSchema>): string {
    this.prune();
    const id = randomBytes(16).toString('base64url');
    const job: Job = { ac: new AbortController(), last: null, outcome: null, listeners: new Set() };
    this.jobs.set(id, job);
    const emit = (e: JobEvent) => {
      if (e.event === 'progress') job.last = e;
      else job.outcome = e;
      for (const l of job.listeners) l(e);
    };
    this.service
      .analyze(request, { signal: job.ac.signal, onProgress: (p) => emit({ event: 'progress', data: p }) })
      .then(
        (analysis) => emit({ event: 'done', data: analysis }),
        (err: unknown) => emit({ event: 'error', data: toApiError(err) }),
      )
      .finally(() => {
        job.listeners.clear();
        setTimeout(() => this.jobs.delete(id), this.options.keepMs ?? 300_000).unref();
      });
    return id;
  }

  /**
   * Calls `listener` with the latest progress so far, then every event up to the outcome (the last
   * call). Returns an unsubscribe, or null for an unknown job.
   */
  subscribe(id: string, listener: (e: JobEvent) => void): (() => void) | null {
    const job = this.jobs.get(id);
    if (!job) return null;
    if (job.last) listener(job.last);
    if (job.outcome) {
      listener(job.outcome);
      return () => undefined;
    }
    job.listeners.add(listener);
    return () => job.listeners.delete(listener);
  }

  /** Cancels a job; false when it is unknown. Cancelling an ended job does nothing. */
  cancel(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job) return false;
    job.ac.abort();
    return true;
  }

  /** Cancels every running job. */
  cancelAll(): void {
    for (const job of this.jobs.values()) job.ac.abort();
  }

  private prune(): void {
    const max = this.options.maxJobs ?? 64;
    for (const [id, job] of this.jobs) {
      if (this.jobs.size < max) return;
      if (job.outcome) this.jobs.delete(id);
    }
  }
}
