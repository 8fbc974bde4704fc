/** A file we cannot read as a document; the message is one line that names the file. */
export class ExtractionError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ExtractionError';
  }
}
