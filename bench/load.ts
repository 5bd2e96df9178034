/** A small HTTP load generator on loopback: closed-loop saturation and open-loop paced users, with latency samples. */
import { Agent, request } from 'node:http';

export interface Target {
  url: string;
  path: string;
  body: (user: number, turn: number) => string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 2048 });

export function send(target: Target, user: number, turn: number): Promise<{ status: number; ms: number }> {
  const body = target.body(user, turn);
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const url = new URL(target.path, target.url);
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on('error', () => resolve({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.end(body);
  });
}

/** `concurrency` workers send back-to-back for `seconds`; returns requests per second and the error count. */
export async function saturate(target: Target, concurrency: number, seconds: number): Promise<{ rate: number; errors: number; count: number }> {
  const deadline = Date.now() + seconds * 1000;
  let count = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, user) => {
      for (let turn = 0; Date.now() < deadline; turn += 1) {
        const { status } = await send(target, user, turn);
        if (status === 200) count += 1;
        else errors += 1;
      }
    }),
  );
  return { rate: count / seconds, errors, count };
}

/** `users` each send one request every `intervalMs` (staggered), for `seconds`; returns every latency. */
export async function paced(target: Target, users: number, intervalMs: number, seconds: number): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      await new Promise((resolve) => setTimeout(resolve, (user / users) * intervalMs));
      for (let turn = 0; Date.now() < deadline; turn += 1) {
        const started = Date.now();
        const { status, ms } = await send(target, user, turn);
        if (status === 200) latencies.push(ms);
        else errors += 1;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, intervalMs - (Date.now() - started))));
      }
    }),
  );
  return { latencies, errors };
}
