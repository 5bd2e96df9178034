/**
 * `npm run bench:turns`: simulated conversations (four languages, realistic journeys) through POST /api/messages
 * with expectReplies, against a minimal express 5 JSON endpoint on the same machine as the ceiling.
 * Reports (a) the saturated rate and its ratio to the ceiling, (b) p50/p99 with 1,000 users sending a turn
 * every 2 s, and the server's RSS. Loopback only; bounded in time. The server runs as `npm start` runs it, with its
 * default of one turn thread.
 */
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer, freePort } from '../scripts/lib/server-process.js';
import { journeyOf } from './journeys.js';
import { paced, saturate, send, type Target } from './load.js';
import { percentiles } from './stats.js';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '15' }, users: { type: 'string', default: '1000' }, 'node-args': { type: 'string', default: '' } },
});
/** Extra node flags for the server (experiments with V8's heap sizes, say); none by default, as `npm start`. */
const NODE_ARGS = values['node-args'].split(' ').filter(Boolean);
const SECONDS = Number(values.seconds);


const turnBody = (user: number, turn: number): string => {
  const length = journeyOf(user).length;
  const round = Math.floor(turn / length);
  // Each round is a new conversation with its own words (100,000 keeps the journey kind of `user`).
  const journey = journeyOf(user + round * 100_000);
  return JSON.stringify({
    type: 'message', channelId: 'bench', serviceUrl: 'https://example.invalid', deliveryMode: 'expectReplies',
    conversation: { id: `u${user}-r${round}` }, from: { id: `u${user}` }, recipient: { id: 'bot' }, text: journey[turn % journey.length],
  });
};

async function startCeiling(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const source = `const express=require('express');const app=express();app.post('/api/messages',express.json(),(req,res)=>res.json({activities:[{type:'message',text:'ok'}]}));app.listen(${port},'127.0.0.1',()=>console.log('up'))`;
  const child = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => child.stdout!.once('data', resolve));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kb) / 1024);
}

/** The highest RSS of `pid` seen while `work` runs (sampled every 250 ms). */
async function peakRssDuring<T>(pid: number, work: Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peakMb = rssMb(pid);
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb(pid))), 250);
  const result = await work;
  clearInterval(sampler);
  return { result, peakMb: Math.max(peakMb, rssMb(pid)) };
}

const ceiling = await startCeiling();
execSync('npm run build --silent', { stdio: 'inherit' });
const dataDir = mkdtempSync(join(tmpdir(), 'bench-'));
const env = { DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' };
// Start-up to /readyz: cold (empty data dir: catalogue import and NLU training), then warm (cached model).
let started = Date.now();
const cold = await startServer(env, 60_000, NODE_ARGS, 'dist');
const coldMs = Date.now() - started;
await cold.stop();
started = Date.now();
const bot = await startServer(env, 60_000, NODE_ARGS, 'dist');
const warmMs = Date.now() - started;
console.log(`start-up to /readyz: cold ${coldMs} ms, warm ${warmMs} ms (process spawn included); idle RSS ${rssMb(bot.child.pid!)} MB`);
const botTarget: Target = { url: bot.url, path: '/api/messages', body: turnBody };
const ceilingTarget: Target = { url: ceiling.url, path: '/api/messages', body: turnBody };
for (let i = 0; i < 300; i += 1) await send(botTarget, i, i);

// (b) first, on the freshly started server: the memory a steady load needs, before a saturation burst leaves garbage
// that V8 collects lazily (the RSS after (a) is reported too).
const users = Number(values.users);
const { result: pacedRun, peakMb: pacedRss } = await peakRssDuring(bot.child.pid!, paced(botTarget, users, 2000, SECONDS));
const stats = percentiles(pacedRun.latencies);

const ceilingRun = await saturate(ceilingTarget, 64, SECONDS);
const { result: botRun, peakMb: saturatedRss } = await peakRssDuring(bot.child.pid!, saturate(botTarget, 64, SECONDS));
console.log(`(a) saturated: bot ${botRun.rate.toFixed(0)} turns/s (${botRun.errors} errors), ceiling ${ceilingRun.rate.toFixed(0)} req/s → ${((botRun.rate / ceilingRun.rate) * 100).toFixed(1)}% of the ceiling; server RSS peak ${saturatedRss} MB`);
console.log(`(b) ${users} users, a turn every 2 s for ${SECONDS} s: ${stats.n} turns, p50 ${stats.p50} ms, p99 ${stats.p99} ms, errors ${pacedRun.errors}; server RSS peak ${pacedRss} MB`);

await bot.stop();
ceiling.stop();
process.exit(0);
