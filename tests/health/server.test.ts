import { afterEach, describe, expect, it } from 'vitest';
import { healthResponse, startHealthServer, type HealthServer } from '../../src/health/index.js';

describe('healthResponse', () => {
  it('200 with the report when ready, 503 with it when not', () => {
    expect(healthResponse('GET', '/healthz', () => ({ ready: true, in_flight: 2 }))).toEqual({
      status: 200,
      body: { ready: true, in_flight: 2 },
    });
    expect(healthResponse('GET', '/healthz', () => ({ ready: false }))).toEqual({
      status: 503,
      body: { ready: false },
    });
  });

  it('a report that throws is "not ready", never a crash', () => {
    const r = healthResponse('GET', '/healthz', () => {
      throw new Error('boom');
    });
    expect(r).toEqual({ status: 503, body: { ready: false, error: 'boom' } });
  });

  it('other paths 404, other methods 405', () => {
    expect(healthResponse('GET', '/', () => ({ ready: true })).status).toBe(404);
    expect(healthResponse('POST', '/healthz', () => ({ ready: true })).status).toBe(405);
  });
});

describe('startHealthServer', () => {
  let server: HealthServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('answers GET /healthz on 127.0.0.1 with JSON that follows the report as it changes', async () => {
    let ready = false;
    server = await startHealthServer({ port: 0, report: () => ({ ready, in_flight: 0 }) });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/healthz`);
    const before = await fetch(server.url);
    expect(before.status).toBe(503);
    expect(before.headers.get('content-type')).toBe('application/json');
    expect(await before.json()).toEqual({ ready: false, in_flight: 0 });
    ready = true;
    const after = await fetch(server.url);
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ ready: true, in_flight: 0 });
    const head = await fetch(server.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('a port already taken is an error at start, not a silent failure', async () => {
    server = await startHealthServer({ port: 0, report: () => ({ ready: true }) });
    await expect(startHealthServer({ port: server.port, report: () => ({ ready: true }) })).rejects.toThrow(
      /EADDRINUSE/,
    );
  });
});
