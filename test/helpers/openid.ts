/** A local OpenID issuer on loopback: a generated RSA key pair, its metadata and JWKS, and signed Bot Framework tokens. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';

export interface LocalIssuer {
  metadataUrl: string;
  /** A token signed by this issuer's key (or by `otherKey`, which the metadata does not list). */
  token(claims: Record<string, unknown>, options?: { otherKey?: boolean }): string;
  close(): Promise<void>;
}

const base64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

function sign(privateKey: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const now = Math.floor(Date.now() / 1000);
  const payload = base64url(JSON.stringify({ nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims }));
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey);
  return `${header}.${payload}.${base64url(signature)}`;
}

export async function startLocalIssuer(): Promise<LocalIssuer> {
  const trusted = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const untrusted = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = trusted.publicKey.export({ format: 'jwk' });
  let base = '';
  const server: Server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/openid-configuration') res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys` }));
    else if (req.url === '/keys') res.end(JSON.stringify({ keys: [{ ...jwk, kid: 'trusted-key', use: 'sig' }] }));
    else res.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${base}/openid-configuration`,
    token: (claims, options = {}) =>
      options.otherKey ? sign(untrusted.privateKey, 'trusted-key', claims) : sign(trusted.privateKey, 'trusted-key', claims),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
