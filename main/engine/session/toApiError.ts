/**
 * How an error crosses to the UI (IPC or HTTP): one ApiError. Only a ServiceError's message is shown as
 * is; anything else is a bug of ours, reported as internal without its details (which may name paths).
 */
import type { ApiError } from '../../../shared/contract/api.js';
import { ServiceError } from './ServiceError.js';

export function toApiError(err: unknown): ApiError {
  if (err instanceof ServiceError) return { error: err.message, kind: err.kind };
  return { error: 'internal error: the audit engine failed (see the log)', kind: 'internal' };
}
