/**
 * Turns anything an IPC handler threw into the contract's ApiError: one line, and a kind the UI can act
 * on. Errors that carry a kind (PairService's ServiceError, IpcError below) are shown as they are; any
 * other error is a bug of ours, logged in full by the caller and reported without details, which may
 * name paths (the same policy as main/engine/session's HTTP side).
 */
import type { ApiError } from '../../shared/contract/api.js';

const KINDS = new Set<string>(['bad-input', 'cancelled', 'internal']);

/** An error made by the IPC layer itself: a refused sender or payload, a duplicate job. */
export class IpcError extends Error {
  override readonly name = 'IpcError';

  constructor(
    message: string,
    readonly kind: ApiError['kind'],
  ) {
    super(message);
  }
}

function oneLine(s: string): string {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof Error) {
    // By shape, not class: ServiceError lives in main/engine/session and the shell only needs its kind.
    const kind = (err as { kind?: unknown }).kind;
    if (typeof kind === 'string' && KINDS.has(kind))
      return { error: oneLine(err.message), kind: kind as ApiError['kind'] };
    if (err.name === 'AbortError') return { error: 'cancelled', kind: 'cancelled' };
  }
  return { error: 'internal error: Fairshot failed unexpectedly (details in its log)', kind: 'internal' };
}
