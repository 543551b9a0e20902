// The mocks' virtual clock: lifecycles (brand verified, campaign provisioned, order done...) move
// on it. It runs `scale` times faster than real time and can be advanced on demand.
export class VirtualClock {
  private readonly startedReal = Date.now();
  private offset = 0;

  /** `scale` 0 freezes time (only explicit advances move it); 60 makes a real second a minute. */
  constructor(private readonly scale = 1) {}

  now(): number {
    return this.startedReal + (Date.now() - this.startedReal) * this.scale + this.offset;
  }

  advance(ms: number): void {
    this.offset += ms;
  }
}
