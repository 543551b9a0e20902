// When each kept object's next lifecycle step is due, smallest first. The engine checks for due
// steps on every request and every 250 ms; scanning every stored object each time made each
// request cost O(objects), so a mock that had served a few thousand creations slowed down for
// good. With a heap, a check that finds nothing due is O(1) and each step is O(log n).

export interface Due<T> {
  /** Virtual time in ms at which the step is due. */
  at: number;
  item: T;
}

interface Slot<T> extends Due<T> {
  /** Insertion order: steps due at the same time run in the order they were scheduled. */
  seq: number;
}

export class DueQueue<T> {
  private heap: Array<Slot<T>> = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(at: number, item: T): void {
    this.heap.push({ at, item, seq: this.seq++ });
    this.up(this.heap.length - 1);
  }

  /** The earliest entry if it is due at `now`, removed from the queue; undefined otherwise. */
  popDue(now: number): Due<T> | undefined {
    const first = this.heap[0];
    if (first === undefined || first.at > now) return undefined;
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    return { at: first.at, item: first.item };
  }

  clear(): void {
    this.heap = [];
  }

  private before(a: Slot<T>, b: Slot<T>): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private up(index: number): void {
    const heap = this.heap;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.before(heap[index]!, heap[parent]!)) return;
      [heap[index], heap[parent]] = [heap[parent]!, heap[index]!];
      index = parent;
    }
  }

  private down(index: number): void {
    const heap = this.heap;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let smallest = index;
      if (left < heap.length && this.before(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heap.length && this.before(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === index) return;
      [heap[index], heap[smallest]] = [heap[smallest]!, heap[index]!];
      index = smallest;
    }
  }
}
