/**
 * `npm run bench:profile`: the turn in-process as the server runs it (composed core: SQLite store in a temporary
 * directory, cached NLU model, shipped catalogue), without HTTP. Prints the mean CPU time per turn of each step;
 * run under `node --cpu-prof` (as the npm script does) to see where it goes.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { renderTurn } from '../src/channels/render.js';
import { composeCore } from '../src/compose.js';
import { loadConfig } from '../src/config.js';
import { turn } from '../src/dialogue/turn.js';
import { journeyOf } from './journeys.js';

const ROUNDS = Number(process.env.ROUNDS ?? 3000);
const config = loadConfig({ DATA_DIR: process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'profile-')) });
const core = composeCore(config, pino({ level: 'warn' }));
const { dialogue } = core;

const totals = { turn: 0, load: 0, commit: 0, render: 0 };
let turns = 0;
const elapsed = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e3;
for (let round = 0; round < ROUNDS; round += 1) {
  const journey = journeyOf(round);
  const key = `bench:p${round}`;
  for (const text of journey) {
    const measured = round >= ROUNDS / 10;
    let at = process.hrtime.bigint();
    const loaded = core.conversations.load(key);
    const loadUs = elapsed(at);
    at = process.hrtime.bigint();
    const result = turn(loaded?.state, { text }, dialogue);
    const turnUs = elapsed(at);
    at = process.hrtime.bigint();
    core.conversations.commit(key, result.state, result.effects, result.output.language);
    const commitUs = elapsed(at);
    at = process.hrtime.bigint();
    JSON.stringify(renderTurn(result.output, { channelId: 'bench', recipientId: 'u', submitTitle: 'Submit' }));
    const renderUs = elapsed(at);
    if (!measured) continue;
    turns += 1;
    totals.load += loadUs;
    totals.turn += turnUs;
    totals.commit += commitUs;
    totals.render += renderUs;
  }
}
const mean = (us: number): string => `${(us / turns).toFixed(1)} µs`;
console.log(`${turns} turns; mean per turn: load ${mean(totals.load)}, turn ${mean(totals.turn)}, commit ${mean(totals.commit)}, render + JSON ${mean(totals.render)}`);
core.db.close();
