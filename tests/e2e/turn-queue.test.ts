import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferralTime, turnQueue } from '../../src/discord/respond.js';

// The queue's clock and turns are vitest's fake timers: what is asserted is the order of events
// (reads before answers in a burst), not how long anything takes.
describe('the turn queue in a burst (src/discord/respond.ts)', () => {
  afterEach(() => void vi.useRealTimers());

  it('holds handlers while interactions keep arriving fast, then runs them all in arrival order', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate', 'performance'] });
    const q = turnQueue({ arrivals: 3, everyMs: 5, maxMs: 1000 });
    const ran: number[] = [];
    const answers: Promise<number>[] = [];
    const arrive = (n: number) => {
      for (let i = 0; i < n; i++) {
        const k = answers.length;
        answers.push(q.run(() => (ran.push(k), k)));
      }
    };
    arrive(10); // a burst's first read
    await vi.advanceTimersByTimeAsync(4);
    expect(ran).toEqual([]);
    for (let look = 0; look < 5; look++) {
      arrive(4); // still arriving faster than 3 per 5 ms
      await vi.advanceTimersByTimeAsync(5);
      expect(ran, 'no answer while the burst is being read').toEqual([]);
    }
    // The burst is over: one handler per turn, in arrival order.
    await vi.advanceTimersByTimeAsync(50);
    expect(ran).toEqual([...Array(30).keys()]);
    expect(await Promise.all(answers)).toEqual([...Array(30).keys()]);
  });

  it('holds no longer than maxMs however fast they keep coming, and never holds a steady pace', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate', 'performance'] });
    const q = turnQueue({ arrivals: 3, everyMs: 5, maxMs: 20 });
    let ran = 0;
    const arrive = () => {
      for (let i = 0; i < 4; i++) void q.run(() => ran++);
    };
    arrive();
    await vi.advanceTimersByTimeAsync(4); // each look now sees the 4 that came since the last
    for (let t = 0; t < 10; t += 5) {
      arrive();
      await vi.advanceTimersByTimeAsync(5);
    }
    expect(ran, 'held at first').toBe(0);
    for (let t = 0; t < 40; t += 5) {
      arrive();
      await vi.advanceTimersByTimeAsync(5);
    }
    expect(ran, 'answers resume after maxMs although the burst goes on').toBeGreaterThan(0);

    const steady = turnQueue({ arrivals: 3, everyMs: 5, maxMs: 1000 });
    let answered = 0;
    for (let i = 0; i < 20; i++) {
      void steady.run(() => answered++);
      await vi.advanceTimersByTimeAsync(2);
    }
    expect(answered, 'one at a time is answered at once').toBe(20);
  });

  it('takes work nothing can defer (autocompletes) before waiting work that can, in arrival order within each', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate', 'performance'] });
    const q = turnQueue({ arrivals: 3, everyMs: 5, maxMs: 1000 });
    const ran: string[] = [];
    const done: Promise<string>[] = [];
    // A burst as the gateway delivers it: commands and autocompletes interleaved.
    for (const name of ['c1', 'a1', 'c2', 'c3', 'a2', 'c4', 'a3']) {
      const urgent = name.startsWith('a');
      done.push(q.run(() => (ran.push(name), name), urgent));
    }
    await vi.advanceTimersByTimeAsync(100);
    expect(ran).toEqual(['a1', 'a2', 'a3', 'c1', 'c2', 'c3', 'c4']);
    expect(await Promise.all(done)).toEqual(['c1', 'a1', 'c2', 'c3', 'a2', 'c4', 'a3']);
  });

  it('an autocomplete arriving while commands still wait goes ahead of them', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate', 'performance'] });
    let clock = 0; // each handler takes 5 ms: one per turn
    const q = turnQueue({ arrivals: 3, everyMs: 5, maxMs: 1000 }, 4, () => clock);
    const ran: string[] = [];
    const work = (name: string) => () => ((clock += 5), ran.push(name));
    void q.run(work('c5'));
    void q.run(work('c6'));
    await vi.advanceTimersByTimeAsync(0);
    void q.run(work('a4'), true);
    await vi.advanceTimersByTimeAsync(100);
    expect(ran).toEqual(['c5', 'a4', 'c6']);
  });

  it('each turn runs handlers for a few ms at most (one at least), then lets the loop read', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate', 'performance'] });
    let clock = 1_000;
    const q = turnQueue({ arrivals: 1000, everyMs: 5, maxMs: 1000 }, 4, () => clock);
    const events: string[] = [];
    for (let i = 0; i < 10; i++) void q.run(() => ((clock += 1), events.push('h'))); // 1 ms each
    // The loop's reads, once a turn for as long as there is work.
    const read = () => {
      events.push('R');
      if (events.filter((e) => e === 'h').length < 10) setImmediate(read);
    };
    setImmediate(read);
    await vi.advanceTimersByTimeAsync(50);
    expect(events.join('')).toBe('hhhhRhhhhRhhR');
    void q.run(() => ((clock += 9), events.push('slow')));
    await vi.advanceTimersByTimeAsync(10);
    expect(events.at(-1), 'a handler longer than the slice still runs').toBe('slow');
  });

  it('while a burst is held back, each interaction read is armed to defer at once; before and after, 2.5 s after its creation', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate', 'performance'] });
    const q = turnQueue({ arrivals: 3, everyMs: 5, maxMs: 40 });
    const now = 1_000_000;
    const created = now - 100; // each read 100 ms after Discord created it
    const armAt = () => deferralTime({ createdAt: created, receivedAt: now, now, deferAfterMs: 2500, queue: q });
    const arrive = (n: number) => {
      for (let i = 0; i < n; i++) void q.run(() => undefined);
    };
    expect(armAt(), 'an idle queue: 2.5 s after creation').toBe(created + 2500);
    arrive(5); // a burst's first read: armed before the queue has looked
    await vi.advanceTimersByTimeAsync(1);
    expect(q.holding()).toBe(true);
    const armed: number[] = [];
    for (let look = 0; look < 4; look++) {
      arrive(4);
      armed.push(armAt());
      await vi.advanceTimersByTimeAsync(5);
    }
    expect(armed, 'read during the burst: deferred as read').toEqual([now, now, now, now]);
    await vi.advanceTimersByTimeAsync(200); // the burst over and its handlers run
    expect(q.holding()).toBe(false);
    expect(armAt()).toBe(created + 2500);
  });

  it('defers at once behind a queue that will not drain in time; counts from the arrival when the creation time reads later (a skewed clock)', () => {
    const now = 1_000_000;
    const queue = (waitMs: number) => ({ expectedWaitMs: () => waitMs, holding: () => false });
    const at = (waitMs: number, createdAt = now) =>
      deferralTime({ createdAt, receivedAt: now, now, deferAfterMs: 2500, queue: queue(waitMs) });
    expect(at(0)).toBe(now + 2500);
    expect(at(1000)).toBe(now + 2500);
    expect(at(2300), 'the wait and a margin to send exceed what is left').toBe(now);
    expect(at(0, now - 2000), 'created 2 s before it arrived: 0.5 s left').toBe(now + 500);
    expect(at(0, now + 60_000), 'a creation time in the future: from the arrival').toBe(now + 2500);
    expect(deferralTime({ createdAt: now, receivedAt: undefined, now, deferAfterMs: 2500, queue: undefined })).toBe(
      now + 2500,
    );
  });

  it('in a hold, autocompletes are still answered as they come; only the work that can be deferred waits', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate', 'performance'] });
    const q = turnQueue({ arrivals: 3, everyMs: 5, maxMs: 1000 });
    const ran: string[] = [];
    for (let i = 0; i < 6; i++) void q.run(() => ran.push(`c${i}`));
    await vi.advanceTimersByTimeAsync(1);
    expect(q.holding()).toBe(true);
    for (let look = 0; look < 4; look++) {
      for (let i = 0; i < 3; i++) void q.run(() => ran.push(`c${look}-${i}`));
      void q.run(() => ran.push(`a${look}`), true);
      await vi.advanceTimersByTimeAsync(5);
      expect(ran, 'each autocomplete answered within the look it came in').toEqual(
        Array.from({ length: look + 1 }, (_, k) => `a${k}`),
      );
    }
    expect(q.holding()).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(ran).toHaveLength(4 + 6 + 12);
  });

  it('a loop held up by other work, then reading what came meanwhile all at once, is not a burst: no hold', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate', 'performance'] });
    const q = turnQueue({ arrivals: 3, everyMs: 5, maxMs: 1000 });
    let ran = 0;
    void q.run(() => ran++);
    await vi.advanceTimersByTimeAsync(0); // the queue looks, runs it, and is idle
    await vi.advanceTimersByTimeAsync(40); // 40 ms later, 6 read at once: 150 a second, far below 3 per 5 ms
    for (let i = 0; i < 6; i++) void q.run(() => ran++);
    await vi.advanceTimersByTimeAsync(0);
    expect(q.holding()).toBe(false);
    await vi.advanceTimersByTimeAsync(10);
    expect(ran).toBe(7);
  });
});
