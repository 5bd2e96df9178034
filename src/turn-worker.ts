/** A turn thread (see turn-threads.ts): its own turn engine over the shared database, answering turns in order. */
import { parentPort, workerData } from 'node:worker_threads';
import pino from 'pino';
import { composeTurnEngine } from './turn-engine.js';
import type { Config } from './config.js';
import { expectRepliesBody } from './channels/replies.js';
import { openDatabase } from './store/database.js';
import type { FromTurnThread, ToTurnThread } from './turn-threads.js';

const port = parentPort!;
const send = (message: FromTurnThread): void => port.postMessage(message);
const { config } = workerData as { config: Config };

try {
  const engine = composeTurnEngine(openDatabase(config.dataDir), config, pino({ level: config.logLevel, base: { thread: 'turn' } }));
  port.on('message', (message: ToTurnThread) => {
    if (message.kind === 'catalogue') {
      engine.catalogue.replace(message.schemes);
      return;
    }
    try {
      const output = engine.runner.run(message.key, message.input);
      if (message.replyTo) send({ kind: 'replies', id: message.id, body: expectRepliesBody(output, message.replyTo, engine.translator) });
      else send({ kind: 'output', id: message.id, output });
    } catch (error) {
      send({ kind: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
    }
  });
  send({ kind: 'ready' });
} catch (error) {
  send({ kind: 'fatal', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
