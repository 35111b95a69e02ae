/**
 * The one error PairService throws. `kind` is the ApiError kind the UI shows it as; the message is one
 * line a person can read (never a path of ours, never a stack).
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';

  constructor(
    readonly kind: 'bad-input' | 'cancelled' | 'internal',
    message: string,
  ) {
    super(message.replace(/[\r\n\t]+/g, ' ').trim());
  }
}
