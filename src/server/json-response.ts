// Ending a response with a JSON body encoded once, in pieces (json-bytes.ts): the
// GraphQL answer, a JSON error.
import type { ServerResponse } from 'node:http';
import { jsonPieces } from './json-bytes.js';

/** `value` as JSON with `status`. */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  sendBody(res, jsonPieces(value));
}

/** Ends the response with the bytes of `pieces`, one after the other, in one socket write. */
export function sendBody(res: ServerResponse, pieces: readonly Buffer[]): void {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  res.setHeader('Content-Length', length);
  if (pieces.length === 1) {
    res.end(pieces[0]);
    return;
  }
  res.cork();
  for (const piece of pieces) res.write(piece);
  res.end();
  res.uncork();
}

/** Tickets Apollo may hold at once before the oldest are dropped: only a handler that failed between execution and its answer leaves one behind. */
const MAX_WAITING = 10_000;
/** A ticket begins with a character no JSON text begins with. */
const TICKET = '\u0000answer ';

/**
 * Apollo hands the handler each answer as the string its stringifyResult made; made
 * whole, a large answer's string costs more than its encoding (json-bytes.ts). So
 * `stringify` encodes the answer and gives Apollo a ticket for its bytes, which the
 * handler exchanges (`take`) for every body it gets.
 */
export class EncodedAnswers {
  private next = 0;
  private readonly waiting = new Map<string, Buffer[]>();

  /** Apollo's stringifyResult: `JSON.stringify(result) + '\n'`, as Apollo's own, kept as bytes. */
  readonly stringify = (result: unknown): string => {
    const ticket = `${TICKET}${this.next++}`;
    if (this.waiting.size >= MAX_WAITING) this.waiting.delete(this.waiting.keys().next().value!);
    this.waiting.set(ticket, jsonPieces(result, '\n'));
    return ticket;
  };

  /** The bytes of a body Apollo returned: its ticket's, or the string itself encoded. */
  take(body: string): Buffer[] {
    const pieces = body.startsWith(TICKET) ? this.waiting.get(body) : undefined;
    if (pieces === undefined) return [Buffer.from(body, 'utf8')];
    this.waiting.delete(body);
    return pieces;
  }
}
