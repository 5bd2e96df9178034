/** The Direct Line signing secret: generated on first run and kept in the data directory, readable by the owner only. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE_NAME = 'direct-line-secret';
const SECRET_BYTES = 32;

/**
 * Reads `<dataDir>/direct-line-secret`, creating it (mode 0600) with 32 random bytes when it is missing.
 * With ':memory:' the secret lives only as long as the process, like the database.
 */
export function loadOrCreateTokenSecret(dataDir: string): Buffer {
  if (dataDir === ':memory:') return randomBytes(SECRET_BYTES);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, FILE_NAME);
  try {
    writeFileSync(file, randomBytes(SECRET_BYTES).toString('base64url') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
  if (secret.length < SECRET_BYTES) throw new Error(`${file} holds a secret shorter than ${SECRET_BYTES} bytes; delete it to generate a new one.`);
  return secret;
}
