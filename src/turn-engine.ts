/**
 * The turn engine: what a turn needs over an open database. Kept apart from compose.ts so that a turn thread loads
 * only this (no express, no staff API, no website chat).
 */
import type { Logger } from 'pino';
import { LiveCatalogue } from './catalogue/catalogue.js';
import type { Config } from './config.js';
import { isoDay } from './core/dates.js';
import { ConversationRunner } from './dialogue/runner.js';
import type { DialogueDeps } from './dialogue/turn.js';
import { createTranslator, loadLocaleResources } from './i18n/index.js';
import type { NluEngine } from './nlu/index.js';
import { buildNlu, schemeMentions } from './nlu-model.js';
import { SqliteConversationStore } from './store/conversations.js';
import type { Db } from './store/database.js';
import { KvCache } from './store/kv-cache.js';
import { SchemeTable } from './store/schemes.js';

/** What a turn needs: the live catalogue, the translator, the NLU, the conversation store and the runner over them. */
export interface TurnEngine {
  catalogue: LiveCatalogue;
  translator: ReturnType<typeof createTranslator>;
  nlu: () => NluEngine;
  conversations: SqliteConversationStore;
  /** What `turn()` needs; the runner's, also for in-process benchmarks of the turn alone. */
  dialogue: DialogueDeps;
  runner: ConversationRunner;
}

/**
 * The turn engine over an open (migrated) database: the main thread builds one, and so does each turn thread
 * (turn-worker.ts), reading the NLU model the main thread cached.
 */
export function composeTurnEngine(db: Db, config: Config, logger: Logger): TurnEngine {
  const catalogue = new LiveCatalogue(new SchemeTable(db).listLive().map((stored) => stored.scheme));
  const translator = createTranslator(loadLocaleResources('locales'));

  const built = buildNlu(config.intentsDir, catalogue.current().schemes, new KvCache(db));
  logger.info({ ms: built.ms, fromCache: built.fromCache }, 'NLU ready');
  let nlu = built.nlu;
  // Staff edits swap the catalogue; the NLU's scheme names follow in the same step.
  catalogue.onChange((next) => {
    nlu = nlu.withSchemes(schemeMentions(next.schemes));
  });

  const conversations = new SqliteConversationStore(db);
  const dialogue: DialogueDeps = {
    nlu: () => nlu,
    catalogue: () => catalogue.current(),
    translator,
    today: () => isoDay(),
    retentionDays: config.retentionDays,
  };
  const runner = new ConversationRunner({ store: conversations, dialogue });
  return { catalogue, translator, nlu: () => nlu, conversations, dialogue, runner };
}

