/**
 * `npm run bench:turns`: simulated conversations (four languages, realistic journeys) through POST /api/messages
 * with expectReplies, against a minimal express 5 JSON endpoint on the same machine as the ceiling.
 * Reports (a) the saturated rate and its ratio to the ceiling, (b) p50/p99 with 1,000 users sending a turn
 * every 2 s, and the server's RSS. Loopback only; bounded in time.
 */
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer, freePort } from '../scripts/lib/server-process.js';
import { paced, saturate, send, type Target } from './load.js';
import { percentiles } from './stats.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '15' }, users: { type: 'string', default: '1000' } } });
const SECONDS = Number(values.seconds);

const JOURNEYS: string[][] = [
  ['hi, I run a bakery with 8 staff and want to go digital', 'yes', '100% local', 'revenue about 800k', 'why do you ask?', 'thanks'],
  ['salam, sy ada kedai runcit, 4 pekerja, nak bantuan utk digital', 'ya', 'semua milik tempatan', 'tak pasti', 'terima kasih'],
  ['你好，我是68岁的退休人士，新加坡公民，有什么补助？', '医疗费用', '家里两个人', '月收入大概1500', '谢谢'],
  ['வணக்கம், எனக்கு 67 வயது, ஓய்வு பெற்றவர்', 'மருத்துவச் செலவுகள்', 'தெரியாது', 'நன்றி'],
  ['any grants to go overseas?', 'my business', 'we have 30 staff', 'not sure', 'show me PSG'],
];

const turnBody = (user: number, turn: number): string => {
  const journey = JOURNEYS[user % JOURNEYS.length]!;
  const round = Math.floor(turn / journey.length);
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
  return Math.round(Number(execSync(`ps -o rss= -p ${pid}`).toString().trim()) / 1024);
}

const ceiling = await startCeiling();
execSync('npm run build --silent', { stdio: 'inherit' });
const dataDir = mkdtempSync(join(tmpdir(), 'bench-'));
const env = { DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' };
// Start-up to /readyz: cold (empty data dir: catalogue import and NLU training), then warm (cached model).
let started = Date.now();
const cold = await startServer(env, 60_000, [], 'dist');
const coldMs = Date.now() - started;
await cold.stop();
started = Date.now();
const bot = await startServer(env, 60_000, [], 'dist');
const warmMs = Date.now() - started;
console.log(`start-up to /readyz: cold ${coldMs} ms, warm ${warmMs} ms (process spawn included); idle RSS ${rssMb(bot.child.pid!)} MB`);
const botTarget: Target = { url: bot.url, path: '/api/messages', body: turnBody };
const ceilingTarget: Target = { url: ceiling.url, path: '/api/messages', body: turnBody };
for (let i = 0; i < 300; i += 1) await send(botTarget, i, i);

const ceilingRun = await saturate(ceilingTarget, 64, SECONDS);
const botRun = await saturate(botTarget, 64, SECONDS);
console.log(`(a) saturated: bot ${botRun.rate.toFixed(0)} turns/s (${botRun.errors} errors), ceiling ${ceilingRun.rate.toFixed(0)} req/s → ${((botRun.rate / ceilingRun.rate) * 100).toFixed(1)}% of the ceiling`);

const users = Number(values.users);
const pacedRun = await paced(botTarget, users, 2000, SECONDS);
const stats = percentiles(pacedRun.latencies);
console.log(`(b) ${users} users, a turn every 2 s for ${SECONDS} s: ${stats.n} turns, p50 ${stats.p50} ms, p99 ${stats.p99} ms, errors ${pacedRun.errors}; server RSS ${rssMb(bot.child.pid!)} MB`);

await bot.stop();
ceiling.stop();
process.exit(0);
