import type { ApiError } from '../../shared/contract/api.js';

/** An error that crossed the bridge: one line to show, and whether it was the photo, a cancel or a bug. */
export class ApiFailure extends Error {
  readonly kind: ApiError['kind'];
  constructor(message: string, kind: ApiError['kind']) {
    super(message);
    this.name = 'ApiFailure';
    this.kind = kind;
  }
}
