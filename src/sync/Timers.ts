/**
 * Named one-shot timers, at most one per name, all cleared at once when
 * the page's state stops syncing.
 */
export class Timers {
  private readonly timers = new Map<
    string,
    { id: ReturnType<typeof setTimeout>; at: number }
  >();

  /** Runs `fn` after `ms`, replacing the timer of that name. */
  set(name: string, ms: number, fn: () => void) {
    this.clear(name);
    const id = setTimeout(() => {
      this.timers.delete(name);
      fn();
    }, ms);
    this.timers.set(name, { id, at: Date.now() + ms });
  }

  /** Runs `fn` no earlier than `ms` from now, postponing a sooner timer. */
  later(name: string, ms: number, fn: () => void) {
    const current = this.timers.get(name);
    if (current && current.at >= Date.now() + ms) return;
    this.set(name, ms, fn);
  }

  /** Runs `fn` after `ms` unless a timer of that name is already set. */
  keep(name: string, ms: number, fn: () => void) {
    if (!this.timers.has(name)) this.set(name, ms, fn);
  }

  clear(name: string) {
    const current = this.timers.get(name);
    if (current) clearTimeout(current.id);
    this.timers.delete(name);
  }

  clearAll() {
    for (const name of [...this.timers.keys()]) this.clear(name);
  }
}
