/** The serviceUrl allow-list: replies (carrying the bot's token) go only to configured origins. */
import { matchesOrigin } from '../core/origins.js';

/** Whether `serviceUrl`'s origin matches one of `allowlist` ("https://*.example.org" matches subdomains). */
export function isServiceUrlAllowed(serviceUrl: string, allowlist: readonly string[]): boolean {
  return matchesOrigin(serviceUrl, allowlist, { anyPortWhenUnset: true });
}
