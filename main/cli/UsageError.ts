/** A mistake in the command line itself (unknown option, missing argument): exit code 2 with the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
