/** Environment → a zod-validated Config. The only module that reads process.env. */
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));

const originList = z
  .string()
  .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?$/i, 'must be origins like https://host or https://*.host')));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  SCHEMES_DIR: z.string().min(1).default('./schemes'),
  INTENTS_DIR: z.string().min(1).default('./intents'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MICROSOFT_APP_ID: z.string().optional(),
  MICROSOFT_APP_PASSWORD: z.string().optional(),
  MICROSOFT_APP_TENANT_ID: z.string().optional(),
  SERVICE_URL_ALLOWLIST: originList.optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(120),
  TRUST_PROXY: booleanFlag.default(false),
  EMBED_ORIGINS: originList.default([]),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  BODY_LIMIT_KB: z.coerce.number().int().min(1).max(10_240).default(100),
  BOT_OPENID_METADATA_URL: z.url().optional(),
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  TURN_THREADS: z.coerce.number().int().min(0).max(16).default(1),
});

/** The Bot Framework's own channel hosts and loopback (for the Emulator). */
export const DEFAULT_SERVICE_URL_ALLOWLIST = [
  'https://*.botframework.com',
  'https://*.botframework.azure.us',
  'https://*.trafficmanager.net',
  'http://localhost',
  'http://127.0.0.1',
];

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  schemesDir: string;
  intentsDir: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  bot: { appId?: string; appPassword?: string; tenantId?: string; openIdMetadataUrl?: string };
  serviceUrlAllowlist: string[];
  rateLimitPerMinute: number;
  trustProxy: boolean;
  embedOrigins: string[];
  retentionDays: number;
  bodyLimitBytes: number;
  /** Slow clients are cut off: all headers within headersTimeoutMs, the whole request within requestTimeoutMs. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** Worker threads that run the turns (0: on the main thread, beside HTTP). */
  turnThreads: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses an environment; a bad value throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    schemesDir: e.SCHEMES_DIR,
    intentsDir: e.INTENTS_DIR,
    logLevel: e.LOG_LEVEL,
    bot: {
      appId: e.MICROSOFT_APP_ID,
      appPassword: e.MICROSOFT_APP_PASSWORD,
      tenantId: e.MICROSOFT_APP_TENANT_ID,
      openIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
    },
    serviceUrlAllowlist: e.SERVICE_URL_ALLOWLIST ?? DEFAULT_SERVICE_URL_ALLOWLIST,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    embedOrigins: e.EMBED_ORIGINS,
    retentionDays: e.RETENTION_DAYS,
    bodyLimitBytes: e.BODY_LIMIT_KB * 1024,
    headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    turnThreads: e.TURN_THREADS,
  };
}
