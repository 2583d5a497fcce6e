/**
 * Discord signs every request to an Interactions Endpoint with the application's Ed25519 key:
 * `X-Signature-Ed25519` (hex) over `X-Signature-Timestamp` + the raw body bytes
 * (https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers).
 * Node's own crypto verifies it; no dependency needed.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** A request older or newer than this is refused: a captured request cannot be replayed later. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

export type Rejection =
  'missing signature' | 'malformed signature' | 'malformed timestamp' | 'stale timestamp' | 'bad signature';
export type Verdict = { ok: true } | { ok: false; reason: Rejection };

const HEX_SIGNATURE = /^[0-9a-f]{128}$/i;
const UNIX_SECONDS = /^\d{1,12}$/;

/**
 * The application's public key (64 hex characters from the Developer Portal) as a KeyObject. The raw
 * 32 bytes go in as a JWK (`OKP`/`Ed25519`), which Node accepts on every supported version.
 */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('an Ed25519 public key is 64 hex characters');
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') },
    format: 'jwk',
  });
}

export interface SignedRequest {
  signature: string | undefined;
  timestamp: string | undefined;
  body: Buffer;
}

/**
 * Whether Discord signed exactly these bytes, recently. The cheap checks (shape, clock) come before
 * the signature check; nothing here parses the body.
 */
export function verifyRequest(key: KeyObject, req: SignedRequest, nowMs: number = Date.now()): Verdict {
  const { signature, timestamp } = req;
  if (!signature || !timestamp) return { ok: false, reason: 'missing signature' };
  if (!HEX_SIGNATURE.test(signature)) return { ok: false, reason: 'malformed signature' };
  if (!UNIX_SECONDS.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_S) return { ok: false, reason: 'stale timestamp' };
  const message = Buffer.concat([Buffer.from(timestamp, 'utf8'), req.body]);
  let valid: boolean;
  try {
    valid = verify(null, message, key, Buffer.from(signature, 'hex'));
  } catch {
    valid = false;
  }
  return valid ? { ok: true } : { ok: false, reason: 'bad signature' };
}
