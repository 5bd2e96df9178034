/** Builds the bot's core from config: store, live catalogue, translator, NLU and the conversation runner. */
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { LiveCatalogue } from './catalogue/catalogue.js';
import { readNewShippedSchemes } from './catalogue/shipped.js';
import { ConversationRunner } from './dialogue/runner.js';
import { createTranslator, loadLocaleResources } from './i18n/index.js';
import type { NluEngine } from './nlu/index.js';
import { buildNlu, schemeMentions } from './nlu-model.js';
import { SqliteConversationStore } from './store/conversations.js';
import { openDatabase, type Db } from './store/database.js';
import { KvCache } from './store/kv-cache.js';
import { SchemeTable, knownSchemeIds } from './store/schemes.js';

export interface Core {
  db: Db;
  schemeTable: SchemeTable;
  catalogue: LiveCatalogue;
  translator: ReturnType<typeof createTranslator>;
  nlu: () => NluEngine;
  conversations: SqliteConversationStore;
  runner: ConversationRunner;
}

export function composeCore(config: Config, logger: Logger): Core {
  const db = openDatabase(config.dataDir);
  const schemeTable = new SchemeTable(db);
  const imported = schemeTable.importNew(readNewShippedSchemes(config.schemesDir, knownSchemeIds(db)));
  if (imported.length > 0) logger.info({ count: imported.length }, 'imported shipped schemes');
  const catalogue = new LiveCatalogue(schemeTable.listLive().map((stored) => stored.scheme));
  const translator = createTranslator(loadLocaleResources('locales'));

  const built = buildNlu(config.intentsDir, catalogue.current().schemes, new KvCache(db));
  logger.info({ ms: built.ms, fromCache: built.fromCache }, 'NLU ready');
  let nlu = built.nlu;
  // Staff edits swap the catalogue; the NLU's scheme names follow in the same step.
  catalogue.onChange((next) => {
    nlu = nlu.withSchemes(schemeMentions(next.schemes));
  });

  const conversations = new SqliteConversationStore(db);
  const runner = new ConversationRunner({
    store: conversations,
    dialogue: {
      nlu: () => nlu,
      catalogue: () => catalogue.current(),
      translator,
      today: () => new Date().toISOString().slice(0, 10),
      retentionDays: config.retentionDays,
    },
  });
  return { db, schemeTable, catalogue, translator, nlu: () => nlu, conversations, runner };
}
