/** Server-level behaviour of the real process: slow clients are cut off; SIGTERM finishes in-flight work first. */
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../scripts/lib/server-process.js';

describe('the server process', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer({ DATA_DIR: mkdtempSync(join(tmpdir(), 'life-')), HEADERS_TIMEOUT_MS: '1000', REQUEST_TIMEOUT_MS: '2000' });
  }, 60_000);
  afterAll(async () => {
    await server?.stop('SIGKILL');
  });

  it('cuts off a slow-loris client that never finishes its headers', async () => {
    const port = Number(new URL(server.url).port);
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const started = Date.now();
    socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
    const drip = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 200);
    const closedAfter = await new Promise<number>((resolve) => {
      socket.on('close', () => resolve(Date.now() - started));
      socket.on('error', () => undefined);
    });
    clearInterval(drip);
    expect(closedAfter).toBeLessThan(5000);
    // the server is still up for well-behaved clients
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 15_000);

  it('on SIGTERM finishes the request in flight, then exits cleanly', async () => {
    const port = Number(new URL(server.url).port);
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const body = JSON.stringify({ audience: 'business', profile: {} });
    socket.write(`POST /api/match HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`);
    socket.write(body.slice(0, 10));
    let response = '';
    socket.on('data', (chunk) => (response += chunk));
    const exited = server.stop('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    socket.write(body.slice(10));
    await new Promise((resolve) => socket.once('close', resolve));
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(await exited).toBe(0);
  }, 20_000);
});
