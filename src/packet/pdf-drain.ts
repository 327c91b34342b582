// Moves a pdfkit document's bytes into a Writable as pages are drawn, so only about a page of output is ever held.
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Bytes gathered before one write to the output: pdfkit emits many tiny chunks, and each write costs a round trip. */
const BATCH_BYTES = 256 * 1024;

/**
 * pdfkit pushes its output without backpressure into its readable side, which only empties when someone reads.
 * A 'data' listener is no help here: flowing mode starts on a later tick, and a drawing loop that only awaits
 * already-settled promises never gives it one, so a whole document piles up in memory (hundreds of MB for a
 * 20,000-page list, and the event loop blocked throughout). The document is kept paused and read synchronously
 * after every page instead; batches go to `out` in one write each, waiting for `drain` whenever `out` asks.
 */
export class PdfDrain {
  private batch: Buffer[] = [];
  private batchBytes = 0;
  private failure: unknown;
  private readonly onError = (error: unknown) => {
    this.failure ??= error;
  };

  constructor(private readonly doc: PDFKit.PDFDocument, private readonly out: Writable) {
    doc.on('error', this.onError);
    out.on('error', this.onError);
  }

  /** Call after each page: takes what pdfkit has written so far and passes full batches on. */
  async pageDone(): Promise<void> {
    this.take();
    await this.flush(false);
  }

  /** Ends the document and resolves once its last byte has been handed to `out` (which is not ended). */
  async end(): Promise<void> {
    const ended = once(this.doc, 'end');
    this.doc.end();
    this.take();
    this.doc.resume(); // lets the stream reach its end once nothing is left to read
    await ended;
    await this.flush(true);
  }

  /** Stops listening for errors; call in a `finally`. */
  release(): void {
    this.doc.off('error', this.onError);
    this.out.off('error', this.onError);
  }

  private take(): void {
    for (let chunk: Buffer | null; (chunk = this.doc.read() as Buffer | null) !== null;) {
      this.batch.push(chunk);
      this.batchBytes += chunk.length;
    }
  }

  private async flush(force: boolean): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.batchBytes === 0 || (!force && this.batchBytes < BATCH_BYTES)) return;
    const data = this.batch.length === 1 ? this.batch[0] : Buffer.concat(this.batch, this.batchBytes);
    this.batch = [];
    this.batchBytes = 0;
    if (!this.out.write(data)) await once(this.out, 'drain');
    if (this.failure) throw this.failure;
  }
}
