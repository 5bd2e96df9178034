/** Calendar days as YYYY-MM-DD (UTC), the form of lastVerified, validFrom and validUntil. */
export function isoDay(date: Date = new Date()): string {
  return date.toISOString().slice(0, 10);
}
