/** Origin allow-lists ("https://app.example.org", "https://*.example.org"), shared by CORS and the serviceUrl check. */

export interface OriginMatchOptions {
  /** An entry without a port matches any port (loopback entries for the Emulator, whose port varies). */
  anyPortWhenUnset?: boolean;
}

/** Whether `address` (an origin or a full URL) matches one of `allowed`; "https://*.host" matches subdomains only. */
export function matchesOrigin(address: string, allowed: readonly string[], options: OriginMatchOptions = {}): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  return allowed.some((entry) => {
    const wildcard = entry.includes('://*.');
    let pattern: URL;
    try {
      pattern = new URL(entry.replace('://*.', '://wildcard.'));
    } catch {
      return false;
    }
    if (pattern.protocol !== url.protocol) return false;
    const portFree = options.anyPortWhenUnset && pattern.port === '';
    if (!portFree && pattern.port !== url.port) return false;
    if (!wildcard) return pattern.hostname === url.hostname;
    const suffix = pattern.hostname.slice('wildcard'.length);
    return url.hostname.endsWith(suffix) && url.hostname.length > suffix.length;
  });
}
