/**
 * The one error a bad input photo becomes. Its message is a single line, "FILE: cause", because it is
 * shown as-is by the CLI and the UI: a person must see which photo is at fault and why, never a stack.
 */
export class PhotoError extends Error {
  override readonly name = 'PhotoError';

  /**
   * @param file The photo as the user named it (the path given to `readPhoto`).
   * @param cause_ What is wrong with it, in words, e.g. "empty file (0 bytes)".
   */
  constructor(
    readonly file: string,
    readonly cause_: string,
  ) {
    super(`${oneLine(file)}: ${oneLine(cause_)}`);
  }
}

// File names may legally contain newlines, and library messages often do; the message must stay one line.
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').trim();
}
