// The link checker is a guest on other people's servers: at most two requests at once to one
// host and eight in all. A request waits for its host's turn before it takes one of the eight,
// so requests queued for one busy host never hold up the others.

/** A number of slots, handed out in the order they were asked for. */
class Slots {
  private readonly waiting: (() => void)[] = [];
  constructor(private free: number) {}

  async take(): Promise<void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

export type RequestLimiter = <T>(host: string, request: () => Promise<T>) => Promise<T>;

export function requestLimiter({ perHost = 2, overall = 8 } = {}): RequestLimiter {
  const all = new Slots(overall);
  const hosts = new Map<string, Slots>();
  return async (host, request) => {
    const own = hosts.get(host) ?? new Slots(perHost);
    hosts.set(host, own);
    await own.take();
    try {
      await all.take();
      try {
        return await request();
      } finally {
        all.give();
      }
    } finally {
      own.give();
    }
  };
}
