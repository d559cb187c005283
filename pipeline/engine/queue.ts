import PQueue from 'p-queue';

/**
 * Runs `task` for each item, at most `limit` at a time. The next item is taken only when a task
 * slot is free, so nothing is prepared ahead for an archive of any size: this is the batch's
 * back-pressure (a task holds its slot from reading the file until its rows are committed).
 * Stops taking items once `stop()` is true and resolves when the tasks started have settled.
 */
export async function forEachBounded<T>(items: Iterable<T>, limit: number, task: (item: T) => Promise<void>, stop: () => boolean): Promise<void> {
  const queue = new PQueue({ concurrency: Math.max(1, limit) });
  let failure: { error: unknown } | undefined;
  const iterator = items[Symbol.iterator]();
  for (;;) {
    // At most one task waits for a slot; the loop sleeps here while the slots are full, before
    // taking the next item.
    await queue.onSizeLessThan(1);
    if (stop() || failure) break;
    const next = iterator.next();
    if (next.done) break;
    queue.add(() => task(next.value)).catch((error: unknown) => {
      failure ??= { error };
    });
  }
  await queue.onIdle();
  if (failure) throw failure.error;
}

/**
 * Limits the bytes of the documents in flight, so a folder of huge files is processed a few at a
 * time; a document larger than the whole budget runs alone. Granted in request order.
 */
export class ByteBudget {
  private held = 0;
  private readonly waiting: { bytes: number; grant: (release: () => void) => void }[] = [];

  constructor(readonly limit: number) {}

  /** Resolves with the function that gives the bytes back. */
  acquire(bytes: number): Promise<() => void> {
    return new Promise((grant) => {
      this.waiting.push({ bytes, grant });
      this.grantWaiting();
    });
  }

  private grantWaiting(): void {
    while (this.waiting.length > 0) {
      const next = this.waiting[0];
      if (this.held > 0 && this.held + next.bytes > this.limit) return;
      this.waiting.shift();
      this.held += next.bytes;
      let released = false;
      next.grant(() => {
        if (released) return;
        released = true;
        this.held -= next.bytes;
        this.grantWaiting();
      });
    }
  }
}
