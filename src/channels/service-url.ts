/** The serviceUrl allow-list: replies (carrying the bot's token) go only to configured origins. */

/** Whether `serviceUrl`'s origin matches one of `allowlist` ("https://*.example.org" matches subdomains). */
export function isServiceUrlAllowed(serviceUrl: string, allowlist: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  return allowlist.some((entry) => {
    const pattern = new URL(entry.replace('*.', 'wildcard.'));
    if (pattern.protocol !== url.protocol) return false;
    if (pattern.port && pattern.port !== url.port) return false;
    if (entry.includes('://*.')) {
      const suffix = pattern.hostname.slice('wildcard'.length);
      return url.hostname.endsWith(suffix) && url.hostname.length > suffix.length;
    }
    return pattern.hostname === url.hostname;
  });
}
