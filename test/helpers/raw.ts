/** Sends raw bytes to an app on a loopback port: for bodies supertest would re-encode (invalid UTF-8). */
import type { Express } from 'express';
import type { AddressInfo } from 'node:net';

export async function postRaw(app: Express, path: string, body: Uint8Array, headers: Record<string, string>): Promise<{ status: number; json: any }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body, headers });
    return { status: response.status, json: await response.json() };
  } finally {
    server.close();
  }
}
