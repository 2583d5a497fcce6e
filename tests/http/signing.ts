/**
 * Test side of Discord's signing: a key pair made in the test (the public half is what the endpoint
 * is configured with), and requests signed exactly as Discord signs them: Ed25519 over the timestamp
 * followed by the raw body.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export interface TestKeys {
  publicHex: string;
  privateKey: KeyObject;
}

export function makeKeys(): TestKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x;
  if (!x) throw new Error('no public key bytes');
  return { publicHex: Buffer.from(x, 'base64url').toString('hex'), privateKey };
}

export const nowSeconds = () => String(Math.floor(Date.now() / 1000));

export function signatureFor(keys: TestKeys, timestamp: string, body: Buffer | string): string {
  return sign(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), Buffer.from(body)]), keys.privateKey).toString(
    'hex',
  );
}

/** Headers Discord would send with this body. */
export function signedHeaders(keys: TestKeys, body: Buffer | string, timestamp = nowSeconds()): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': signatureFor(keys, timestamp, body),
    'x-signature-timestamp': timestamp,
  };
}

export interface Posted {
  status: number;
  body: unknown;
  text: string;
}

/** POSTs a body to the endpoint with the given headers; never throws on an HTTP status. */
export async function post(
  url: string,
  body: Buffer | string,
  headers: Record<string, string>,
  method = 'POST',
): Promise<Posted> {
  const res = await fetch(url, { method, headers, ...(method === 'GET' || method === 'HEAD' ? {} : { body }) });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { status: res.status, body: parsed, text };
}

/** Signs and POSTs an interaction, as Discord does. */
export function postSigned(url: string, keys: TestKeys, interaction: unknown): Promise<Posted> {
  const body = JSON.stringify(interaction);
  return post(url, body, signedHeaders(keys, body));
}
