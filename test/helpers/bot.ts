/** The full bot in-process: real NLU, dialogue, runner and Bot Framework channel over the shipped catalogue. */
import type { Express } from 'express';
import { LiveCatalogue } from '../../src/catalogue/catalogue.js';
import { createBotAuthenticator } from '../../src/channels/auth.js';
import { botFrameworkEndpoint } from '../../src/channels/bot-framework.js';
import { createConnectorSender } from '../../src/channels/sender.js';
import { ConversationRunner } from '../../src/dialogue/runner.js';
import type { ConversationStore } from '../../src/core/ports.js';
import { MemoryConversationStore } from '../../src/dialogue/memory-store.js';
import { loadLexicons, loadTrainingSets } from '../../src/data/intents.js';
import { createNlu, schemeMentions, trainIntentModel, type NluEngine } from '../../src/nlu/index.js';
import { DEFAULT_SERVICE_URL_ALLOWLIST } from '../../src/config.js';
import { buildTestApp, shippedSchemes, silentLogger, testTranslator, TEST_TODAY } from './app.js';

let nlu: NluEngine | undefined;
/** The real NLU, trained once per test process. */
export function testNlu(): NluEngine {
  if (!nlu) {
    const sets = loadTrainingSets('intents');
    const lexicons = loadLexicons('intents/lexicon');
    const schemes = schemeMentions(shippedSchemes());
    nlu = createNlu({ model: trainIntentModel(sets, { lexicons, schemes }), lexicons, schemes });
  }
  return nlu;
}

export interface BotOptions {
  appId?: string;
  appPassword?: string;
  openIdMetadataUrl?: string;
  store?: ConversationStore;
  serviceUrlAllowlist?: string[];
  logger?: import('pino').Logger;
  metrics?: import('../../src/http/metrics.js').HttpMetrics;
}

export function buildBotApp(options: BotOptions = {}): { app: Express; store: ConversationStore; runner: ConversationRunner } {
  const catalogue = new LiveCatalogue(shippedSchemes());
  const store = options.store ?? new MemoryConversationStore(() => TEST_TODAY);
  const runner = new ConversationRunner({
    store,
    now: () => TEST_TODAY,
    dialogue: {
      nlu: testNlu,
      catalogue: () => catalogue.current(),
      translator: testTranslator(),
      today: () => TEST_TODAY.toISOString().slice(0, 10),
      retentionDays: 30,
    },
  });
  const botFramework = botFrameworkEndpoint({
    runner,
    auth: createBotAuthenticator({ appId: options.appId, appPassword: options.appPassword, openIdMetadataUrl: options.openIdMetadataUrl }),
    sender: createConnectorSender(options.appId, options.appPassword),
    translator: testTranslator(),
    serviceUrlAllowlist: options.serviceUrlAllowlist ?? DEFAULT_SERVICE_URL_ALLOWLIST,
    bodyLimitBytes: 100 * 1024,
    logger: options.logger ?? silentLogger,
  });
  const { app } = buildTestApp({
    catalogue,
    botFramework,
    nlu: testNlu,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
  return { app, store, runner };
}
