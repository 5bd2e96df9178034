/** A loopback stand-in for a Bot Framework channel (as the Emulator would be): it receives replies at serviceUrl. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MockChannel {
  serviceUrl: string;
  /** Removes and returns what the bot sent to `conversationId` so far. */
  take(conversationId: string): any[];
  /** Authorization headers the bot sent with its replies. */
  authorizations: (string | undefined)[];
  close(): Promise<void>;
}

export async function startMockChannel(): Promise<MockChannel> {
  const received = new Map<string, any[]>();
  const authorizations: (string | undefined)[] = [];
  let counter = 0;
  const server: Server = createServer((req, res) => {
    const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || !match) {
        res.writeHead(404).end();
        return;
      }
      const conversationId = decodeURIComponent(match[1]!);
      authorizations.push(req.headers.authorization);
      received.set(conversationId, [...(received.get(conversationId) ?? []), JSON.parse(body)]);
      counter += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `reply-${counter}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}`,
    authorizations,
    take(conversationId) {
      const list = received.get(conversationId) ?? [];
      received.delete(conversationId);
      return list;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
