// The mocks' virtual clock: lifecycles (brand verified, campaign provisioned, order done...) move
// on it. It runs `scale` times faster than real time and can be advanced on demand. Virtual time
// never leaves the range every date field can be written in (years up to 9999), so formatting a
// timestamp from it cannot throw.

/** The last instant written as a four-digit-year ISO date (9999-12-31T23:59:59.999Z). */
export const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A rejected clock setting; the control API answers it with a 400 carrying this message. */
export class ClockError extends Error {
  override readonly name = "ClockError";
}

export class VirtualClock {
  private readonly startedReal = Date.now();
  private offset = 0;

  /** `scale` 0 freezes time (only explicit advances move it); 60 makes a real second a minute. */
  constructor(private readonly scale = 1) {
    if (!Number.isFinite(scale) || scale < 0) throw new ClockError(`The clock scale must be a non-negative finite number, not ${String(scale)}.`);
  }

  now(): number {
    const now = this.startedReal + (Date.now() - this.startedReal) * this.scale + this.offset;
    return Math.min(now, MAX_TIME);
  }

  /** How many milliseconds the clock can still be advanced. */
  headroom(): number {
    return MAX_TIME - this.now();
  }

  /** Moves virtual time forward; throws ClockError for a value that is not a usable forward step. */
  advance(ms: number): void {
    if (typeof ms !== "number" || !Number.isFinite(ms)) throw new ClockError(`The clock can only advance by a finite number of milliseconds, not ${String(ms)}.`);
    if (ms < 0) throw new ClockError("The clock cannot go back: advance by zero or more.");
    if (ms > this.headroom()) {
      throw new ClockError(
        `Advancing by ${ms / 1000} s would pass ${new Date(MAX_TIME).toISOString()}, the latest time the mock can represent; at most ${Math.floor(this.headroom() / 1000)} s remain.`,
      );
    }
    this.offset += ms;
  }
}

/** An ISO 8601 string for a virtual time, clamped into the representable range; never throws. */
export function isoTime(ms: number): string {
  const safe = Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_TIME) : Date.now();
  return new Date(safe).toISOString();
}
