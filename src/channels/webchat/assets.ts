/** The files the page needs, all served by the bot itself: the official Web Chat bundle (gzipped once) and the page's own script and style. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

/** The page's source files; resolved from the package root so they are found from src/ and from dist/ alike. */
const PUBLIC_DIR = join(fileURLToPath(new URL('../../../', import.meta.url)), 'src', 'channels', 'webchat', 'public');

/** A file served from memory. */
export interface Asset {
  body: Buffer;
  contentType: string;
  /** A short hash of the content, for cache-busting URLs and ETags. */
  version: string;
}

/** An asset over `body`, versioned by its content. */
export function asset(body: Buffer, contentType: string): Asset {
  return { body, contentType, version: createHash('sha256').update(body).digest('base64url').slice(0, 12) };
}

/** Reads a file of the page (app.js, app.css, embed.js). */
export function pageAsset(name: 'app.js' | 'app.css' | 'embed.js'): Asset {
  const type = name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
  return asset(readFileSync(join(PUBLIC_DIR, name)), type);
}

export interface WebChatBundle extends Asset {
  packageVersion: string;
  /** The gzipped bundle, compressed off the event loop on first use and kept. */
  gzipped(): Promise<Buffer>;
}

/** botframework-webchat's UMD bundle (dist/webchat.js) from node_modules, wherever npm placed the package. */
export function webChatBundle(): WebChatBundle {
  const packageDir = dirname(dirname(createRequire(import.meta.url).resolve('botframework-webchat')));
  const body = readFileSync(join(packageDir, 'dist', 'webchat.js'));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  let compressed: Promise<Buffer> | undefined;
  return {
    ...asset(body, 'text/javascript; charset=utf-8'),
    packageVersion: version,
    gzipped: () => (compressed ??= promisify(gzip)(body, { level: 9 })),
  };
}
