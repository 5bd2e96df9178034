/** The bot with its website chat, built as main.ts builds it: in-process for supertest, or on 127.0.0.1 for the browser. */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { LiveCatalogue } from '../../src/catalogue/catalogue.js';
import type { TurnRunner } from '../../src/channels/bot-framework.js';
import { createWebChat } from '../../src/channels/webchat/index.js';
import type { Nlu } from '../../src/core/nlu.js';
import { ConversationRunner } from '../../src/dialogue/runner.js';
import { RateLimiter } from '../../src/http/rate-limit.js';
import { SqliteConversationStore } from '../../src/store/conversations.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { DirectLineLogTable } from '../../src/store/direct-line.js';
import { buildTestApp, shippedSchemes, silentLogger, testTranslator, TEST_TODAY } from '../helpers/app.js';
import { testNlu } from '../helpers/bot.js';

export interface ChatAppOptions {
  /** ':memory:' (default) or a directory for the SQLite file. */
  dataDir?: string;
  tokenSecret?: Buffer;
  embedOrigins?: string[];
  rateLimitPerMinute?: number;
  /** The NLU; the real one (trained once per process) unless given. */
  nlu?: () => Nlu;
  /** Replaces the whole conversation runner (e.g. a recording stub). */
  runner?: TurnRunner;
  now?: () => Date;
  tokenTtlSeconds?: number;
}

export interface ChatApp {
  app: Express;
  db: Db;
  store: SqliteConversationStore;
  log: DirectLineLogTable;
}

export function buildChatApp(options: ChatAppOptions = {}): ChatApp {
  const db = openDatabase(options.dataDir ?? ':memory:');
  const catalogue = new LiveCatalogue(shippedSchemes());
  const translator = testTranslator();
  const store = new SqliteConversationStore(db);
  const nlu = options.nlu ?? testNlu;
  const runner = options.runner ?? new ConversationRunner({
    store,
    dialogue: { nlu, catalogue: () => catalogue.current(), translator, today: () => TEST_TODAY.toISOString().slice(0, 10), retentionDays: 30 },
  });
  const rateLimiter = new RateLimiter(options.rateLimitPerMinute ?? 0);
  const log = new DirectLineLogTable(db);
  const webChat = createWebChat({
    runner,
    translator,
    log,
    tokenSecret: options.tokenSecret ?? randomBytes(32),
    embedOrigins: options.embedOrigins ?? [],
    bodyLimitBytes: 100 * 1024,
    retentionDays: 30,
    logger: silentLogger,
    rateLimiter,
    ...(options.now ? { now: options.now } : {}),
    ...(options.tokenTtlSeconds ? { tokenTtlSeconds: options.tokenTtlSeconds } : {}),
  });
  const { app } = buildTestApp({ catalogue, webChat, nlu, rateLimiter });
  return { app, db, store, log };
}

export interface ChatServer {
  url: string;
  db: Db;
  close(): Promise<void>;
}

/** Builds the app and listens on an ephemeral loopback port. */
export async function startChatServer(options: ChatAppOptions = {}): Promise<ChatServer> {
  const { app, db } = buildChatApp(options);
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}
