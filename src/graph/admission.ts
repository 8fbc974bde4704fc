// How many reads may hold a pooled Neo4j connection at once, so that one request
// cannot take the pool from the others (issue 18: 2,000 aliased graphStats fields
// once took all 100 connections, and a normal request sent meanwhile waited 10 s).
//
// Two gates, both first come first served:
// - ReadAdmission, one per server (per driver): at most `slots` reads in flight in
//   the whole process (pool size − a reserve kept for writes, /health and exports). A
//   read that cannot get a slot within `waitMs` fails with DatabaseBusyError
//   (DATABASE_BUSY, HTTP 503 with Retry-After) instead of waiting out the driver's
//   connection acquisition timeout.
// - RequestReads, one per request (GraphReader): at most `maxInFlight` of the
//   request's own reads wait for or hold an admission slot; the rest queue inside the
//   request. So a request of 4,000 reads stands in the shared queue with 4 of them,
//   and a request that arrives later is served after at most 4 reads of each
//   request before it, not after all 4,000. Once a read of the request was refused
//   as busy, its queued reads are refused at once (the request is answered busy
//   anyway; they should not wait their turn again).
import { DatabaseBusyError } from './errors.js';

/** A held slot; call it once the read is done (its session closed). */
export type Release = () => void;

interface Waiter {
  grant: (release: Release) => void;
  timer: NodeJS.Timeout | undefined;
}

/** A counting semaphore with a FIFO queue and an optional wait limit. */
class Slots {
  private free: number;
  private readonly queue: Waiter[] = [];
  /** The most slots ever held at once (tests and benchmarks read it). */
  peak = 0;

  constructor(readonly size: number) {
    this.free = size;
  }

  get inUse(): number {
    return this.size - this.free;
  }

  get waiting(): number {
    return this.queue.length;
  }

  /** A slot, or `onTimeout()`'s error after waitMs (undefined: wait as long as it takes). */
  acquire(waitMs: number | undefined, onTimeout: () => Error): Promise<Release> {
    if (this.free > 0 && this.queue.length === 0) return Promise.resolve(this.take());
    return new Promise<Release>((resolve, reject) => {
      const waiter: Waiter = { grant: resolve, timer: undefined };
      if (waitMs !== undefined) {
        waiter.timer = setTimeout(() => {
          const at = this.queue.indexOf(waiter);
          if (at >= 0) this.queue.splice(at, 1);
          reject(onTimeout());
        }, waitMs);
        waiter.timer.unref?.();
      }
      this.queue.push(waiter);
    });
  }

  /** Lets every waiter go at once with a release that frees nothing (they must not read: see RequestReads.refuseRest). */
  wakeAll(): void {
    for (const waiter of this.queue.splice(0)) {
      if (waiter.timer) clearTimeout(waiter.timer);
      waiter.grant(() => {});
    }
  }

  private take(): Release {
    this.free--;
    this.peak = Math.max(this.peak, this.size - this.free);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (next) {
        if (next.timer) clearTimeout(next.timer);
        // The slot passes straight to the next waiter: nobody can jump the queue in between.
        this.free++;
        next.grant(this.take());
      } else {
        this.free++;
      }
    };
  }
}

export interface AdmissionSettings {
  /** Reads in flight in the whole process: the pool size less the reserve. */
  slots: number;
  /** How long a read waits for a slot before it is refused as busy. */
  waitMs: number;
  /** What Retry-After says (seconds). */
  retryAfterSeconds?: number;
}

/** The process-wide gate (one per server): see the top of this file. */
export class ReadAdmission {
  private readonly slots: Slots;
  readonly waitMs: number;
  readonly retryAfterSeconds: number;
  /** Reads refused because no slot came free in time. */
  refused = 0;

  constructor(settings: AdmissionSettings) {
    if (!(settings.slots >= 1)) throw new RangeError(`a read admission needs at least one slot (got ${settings.slots})`);
    this.slots = new Slots(settings.slots);
    this.waitMs = settings.waitMs;
    this.retryAfterSeconds = settings.retryAfterSeconds ?? 1;
  }

  get size(): number {
    return this.slots.size;
  }

  get inUse(): number {
    return this.slots.inUse;
  }

  get waiting(): number {
    return this.slots.waiting;
  }

  get peak(): number {
    return this.slots.peak;
  }

  acquire(): Promise<Release> {
    return this.slots.acquire(this.waitMs, () => {
      this.refused++;
      return new DatabaseBusyError(this.waitMs, this.retryAfterSeconds);
    });
  }
}

/** One request's gate: at most `maxInFlight` of its reads past it, then the shared admission (if any). */
export class RequestReads {
  private readonly own: Slots;
  private busy: DatabaseBusyError | null = null;

  constructor(
    maxInFlight: number,
    private readonly admission?: ReadAdmission,
  ) {
    if (!(maxInFlight >= 1)) throw new RangeError(`a request needs at least one read in flight (got ${maxInFlight})`);
    this.own = new Slots(maxInFlight);
  }

  /** The most reads this request had in flight at once. */
  get peak(): number {
    return this.own.peak;
  }

  /** Runs `read` once the request and the process both have room for it. */
  async run<T>(read: () => Promise<T>): Promise<T> {
    if (this.busy) throw this.busy;
    const releaseOwn = await this.own.acquire(undefined, () => new Error('unreachable'));
    let releaseShared: Release | undefined;
    try {
      if (this.busy) throw this.busy;
      if (this.admission) {
        try {
          releaseShared = await this.admission.acquire();
        } catch (error) {
          if (error instanceof DatabaseBusyError) this.refuseRest(error);
          throw error;
        }
      }
      return await read();
    } finally {
      releaseShared?.();
      releaseOwn();
    }
  }

  /**
   * Holds a slot (request and process) until the returned release is called: for a
   * read that yields its records over time (GraphReader.stream).
   */
  async hold(): Promise<Release> {
    if (this.busy) throw this.busy;
    const releaseOwn = await this.own.acquire(undefined, () => new Error('unreachable'));
    if (this.busy) {
      releaseOwn();
      throw this.busy;
    }
    if (!this.admission) return releaseOwn;
    try {
      const releaseShared = await this.admission.acquire();
      return () => {
        releaseShared();
        releaseOwn();
      };
    } catch (error) {
      releaseOwn();
      if (error instanceof DatabaseBusyError) this.refuseRest(error);
      throw error;
    }
  }

  private refuseRest(error: DatabaseBusyError): void {
    this.busy = error;
    // Waiters inside the request wake up, see `busy` and throw it (they hold no shared slot).
    this.own.wakeAll();
  }
}
