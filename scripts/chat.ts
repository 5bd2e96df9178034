/**
 * `npm run chat`: the same conversation in the terminal. Type freely, or a button's number to press it.
 * Uses the configured data dir (for the catalogue and the cached NLU model); the chat itself is kept in memory.
 */
import { createInterface } from 'node:readline/promises';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import { composeCore } from '../src/compose.js';
import type { Choice, TurnOutput, UserInput } from '../src/core/dialogue.js';

const core = composeCore(loadConfig(), pino({ level: 'warn' }));
const key = `terminal:${randomUUID()}`;
let buttons: Choice[] = [];

function show(output: TurnOutput): void {
  buttons = [];
  for (const reply of output.replies) {
    if (reply.text) console.log(`\n${reply.text}`);
    for (const card of reply.cards ?? []) {
      console.log(`\n  ■ ${card.title} — ${card.statusLabel}\n    ${card.agency}\n    ${card.summary}`);
      for (const reason of card.reasons) console.log(`    • ${reason}`);
      console.log(`    ${card.url}`);
      buttons.push(...card.buttons.filter((b) => b.value));
    }
    buttons.push(...(reply.choices ?? []).filter((c) => c.value));
  }
  if (buttons.length > 0) console.log(`\n${buttons.map((b, i) => `[${i + 1}] ${b.title}`).join('   ')}`);
}

function toInput(line: string): UserInput {
  const pressed = /^\d+$/.test(line) ? buttons[Number(line) - 1] : undefined;
  return pressed ? { value: pressed.value } : { text: line };
}

show(core.runner.run(key, { event: 'start', locale: process.env.LANG?.split('.')[0]?.replace('_', '-') }));
const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '\n> ' });
rl.prompt();
for await (const line of rl) {
  const text = line.trim();
  if (text === '/quit' || text === '/exit') break;
  if (text) show(core.runner.run(key, toInput(text)));
  rl.prompt();
}
rl.close();
core.db.close();
