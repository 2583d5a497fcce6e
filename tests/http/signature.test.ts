/**
 * Property: a request Discord signed is accepted exactly as signed; any change to its body, its
 * timestamp or its signature is refused — checked on the verifier directly (many runs), and through
 * the running endpoint (401, and it keeps serving).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { publicKeyFromHex, verifyRequest } from '../../src/http/verify.js';
import { makeKeys, nowSeconds, post, signatureFor } from './signing.js';
import { startEndpoint, type Endpoint } from './harness.js';

const keys = makeKeys();
const key = publicKeyFromHex(keys.publicHex);

/** A signed request: an interaction-shaped body (or any JSON) and a fresh timestamp. */
const signedRequest = fc
  .oneof(
    fc
      .record({
        type: fc.constantFrom(1, 2, 3, 4),
        id: fc.stringMatching(/^\d{17,19}$/),
        application_id: fc.constant('111111111111111111'),
        token: fc.string({ minLength: 1 }),
        data: fc.jsonValue(),
      })
      .map((o) => JSON.stringify(o)),
    fc.json(),
  )
  .chain((text) => fc.constant({ body: Buffer.from(text, 'utf8'), timestamp: String(Number(nowSeconds())) }))
  .map((r) => ({ ...r, signature: signatureFor(keys, r.timestamp, r.body) }));

type Signed = { body: Buffer; timestamp: string; signature: string };

/** One change to one part of a signed request; each yields something different from the original. */
const change = (r: Signed) =>
  fc.oneof(
    // Body: one byte replaced (by a different one), inserted or removed.
    fc
      .record({ at: fc.nat({ max: Math.max(0, r.body.length - 1) }), by: fc.integer({ min: 1, max: 255 }) })
      .map(({ at, by }) => {
        const b = Buffer.from(r.body);
        if (b.length === 0) return { ...r, body: Buffer.from([by]) };
        b[at] = (b[at]! + by) % 256;
        return { ...r, body: b };
      }),
    fc.record({ at: fc.nat({ max: r.body.length }), byte: fc.integer({ min: 0, max: 255 }) }).map(({ at, byte }) => ({
      ...r,
      body: Buffer.concat([r.body.subarray(0, at), Buffer.from([byte]), r.body.subarray(at)]),
    })),
    fc
      .nat({ max: Math.max(0, r.body.length - 1) })
      .filter(() => r.body.length > 0)
      .map((at) => ({ ...r, body: Buffer.concat([r.body.subarray(0, at), r.body.subarray(at + 1)]) })),
    // Timestamp: any other string (a second off, a leading zero, text).
    fc
      .oneof(
        fc
          .integer({ min: -600, max: 600 })
          .filter((d) => d !== 0)
          .map((d) => String(Number(r.timestamp) + d)),
        fc.constant(`0${r.timestamp}`),
        fc.string(),
      )
      .filter((t) => t !== r.timestamp)
      .map((timestamp) => ({ ...r, timestamp })),
    // Signature: any of its 64 bytes changed (hex is case-insensitive, so a change is a change of bytes).
    fc.record({ at: fc.nat({ max: 63 }), by: fc.integer({ min: 1, max: 255 }) }).map(({ at, by }) => {
      const s = Buffer.from(r.signature, 'hex');
      s[at] = (s[at]! + by) % 256;
      return { ...r, signature: s.toString('hex') };
    }),
    // Or another signer's signature over the very same bytes.
    fc.constant({ ...r, signature: signatureFor(makeKeys(), r.timestamp, r.body) }),
  );

describe('the signature check', () => {
  it('accepts every request exactly as signed (so the property below is not vacuous)', () => {
    fc.assert(
      fc.property(signedRequest, (r) => verifyRequest(key, r).ok === true),
      { numRuns: 200 },
    );
  });

  it('refuses any change to the body, the timestamp or the signature', () => {
    fc.assert(
      fc.property(
        signedRequest.chain((r) => change(r)),
        (changed) => {
          expect(verifyRequest(key, changed)).toMatchObject({ ok: false });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('through the running endpoint', () => {
  let e: Endpoint;
  beforeAll(async () => {
    e = await startEndpoint({ keys });
  });
  afterAll(async () => {
    await e?.stop();
  });

  it('a changed request is answered 401, and the endpoint keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(
        signedRequest.chain((r) => change(r)),
        async (changed) => {
          // Header values must be sendable at all: a timestamp with control characters never reaches a server.
          fc.pre(
            /^[\x20-\x7e]*$/.test(changed.timestamp) &&
              changed.timestamp.trim() === changed.timestamp &&
              changed.timestamp !== '',
          );
          const r = await post(e.url, changed.body, {
            'content-type': 'application/json',
            'x-signature-ed25519': changed.signature,
            'x-signature-timestamp': changed.timestamp,
          });
          expect(r.status).toBe(401);
        },
      ),
      { numRuns: 60 },
    );
    const ping = JSON.stringify({
      type: 1,
      id: '600000000000000999',
      application_id: '111111111111111111',
      token: 't',
    });
    const ts = nowSeconds();
    const r = await post(e.url, ping, {
      'content-type': 'application/json',
      'x-signature-ed25519': signatureFor(keys, ts, ping),
      'x-signature-timestamp': ts,
    });
    expect(r.body).toEqual({ type: 1 });
  });
});
