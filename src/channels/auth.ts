/** Inbound Bot Framework authentication with botframework-connector; every failure becomes a 401. */
import type { InboundActivity } from './activity.js';

export interface BotAuthOptions {
  appId?: string;
  appPassword?: string;
  /** Overrides the Bot Framework OpenID metadata URL (tests serve their own on loopback). */
  openIdMetadataUrl?: string;
}

export class BotAuthenticationError extends Error {
  override name = 'BotAuthenticationError';
}

export interface BotAuthenticator {
  /** True when an app id is configured and requests must carry a valid token. */
  readonly required: boolean;
  authenticate(activity: InboundActivity, authorization: string | undefined): Promise<void>;
}

const BEARER = /^Bearer [A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]*$/;

/** Whether the Authorization header has the shape of a bearer JWT (checked before the body is read). */
export function isWellFormedBearer(header: string | undefined): boolean {
  return typeof header === 'string' && header.length < 8192 && BEARER.test(header);
}

/**
 * The Bot Framework SDK is large (≈ 40 MB resident), so it is loaded on first use: a bot in
 * local/emulator mode that only serves the website chat never loads it.
 */
async function validator(options: BotAuthOptions) {
  const sdk = await import('botframework-connector');
  if (options.openIdMetadataUrl) {
    sdk.ChannelValidation.OpenIdMetadataEndpoint = options.openIdMetadataUrl;
    (sdk.EmulatorValidation as unknown as { OpenIdMetadataEndpoint?: string }).OpenIdMetadataEndpoint = options.openIdMetadataUrl;
  }
  const credentials = new sdk.SimpleCredentialProvider(options.appId ?? '', options.appPassword ?? '');
  return (activity: InboundActivity, authorization: string) =>
    sdk.JwtTokenValidation.authenticateRequest(activity as never, authorization, credentials, '');
}

export function createBotAuthenticator(options: BotAuthOptions): BotAuthenticator {
  let validate: ReturnType<typeof validator> | undefined;
  return {
    required: Boolean(options.appId),
    async authenticate(activity, authorization) {
      if (!options.appId) return;
      try {
        validate ??= validator(options);
        await (await validate)(activity, authorization ?? '');
      } catch (error) {
        // The library throws errors without a status (and 500s when it cannot load keys): all are 401 to the caller.
        throw new BotAuthenticationError(error instanceof Error ? error.message : 'authentication failed');
      }
    },
  };
}
