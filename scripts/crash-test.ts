/** `npm run test:crash [-- --conversations 50 --rounds 3]`: the crash scenario, repeated, with a report. */
import { parseArgs } from 'node:util';
import { runCrashScenario } from './lib/crash.js';

const { values } = parseArgs({ options: { conversations: { type: 'string', default: '50' }, rounds: { type: 'string', default: '3' } } });
let failed = false;
for (let round = 1; round <= Number(values.rounds); round += 1) {
  const report = await runCrashScenario({ conversations: Number(values.conversations), minKillMs: 500, maxKillMs: 3000 });
  console.log(`round ${round}: killed after ${report.killedAfterMs} ms; ${report.acknowledged} acknowledged turns in ${report.conversations} conversations; lost ${report.lost.length}; not continued ${report.notContinued.length}`);
  failed ||= report.lost.length > 0 || report.notContinued.length > 0;
}
process.exitCode = failed ? 1 : 0;
