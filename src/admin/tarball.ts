/** tar.gz bundles in memory: deterministic packing (fixed owners, given mtimes) and bounded unpacking. */
import { gunzipSync, gzipSync } from 'node:zlib';
import { Header, Parser, type ReadEntry } from 'tar';

const BLOCK = 512;

export interface BundleFile {
  path: string;
  content: Buffer;
  mtime: Date;
}

/** Packs regular files into a gzipped ustar archive; the same files always give the same bytes. */
export function packTarGz(files: readonly BundleFile[]): Buffer {
  const parts: Buffer[] = [];
  for (const file of files) {
    const header = new Header({ path: file.path, mode: 0o644, uid: 0, gid: 0, size: file.content.length, mtime: file.mtime, type: 'File' });
    const block = Buffer.alloc(BLOCK);
    if (header.encode(block, 0)) throw new Error(`The path ${file.path} does not fit a ustar header.`);
    parts.push(block, file.content, Buffer.alloc((BLOCK - (file.content.length % BLOCK)) % BLOCK));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export interface UnpackLimits {
  /** Most bytes the archive may expand to. */
  maxUnpackedBytes: number;
  maxEntries: number;
}

export interface UnpackedEntry {
  path: string;
  type: string;
  /** Present for regular files. */
  content?: Buffer;
}

export class BundleError extends Error {
  override name = 'BundleError';
}

/** Unpacks a tar.gz held in memory; throws a BundleError when it is not one or exceeds the limits. */
export async function unpackTarGz(gzipped: Buffer, limits: UnpackLimits): Promise<UnpackedEntry[]> {
  if (gzipped.length < 2 || gzipped[0] !== 0x1f || gzipped[1] !== 0x8b) throw new BundleError('The body is not gzip data.');
  let tarBytes: Buffer;
  try {
    tarBytes = gunzipSync(gzipped, { maxOutputLength: limits.maxUnpackedBytes });
  } catch (error) {
    throw new BundleError(error instanceof RangeError ? `The bundle expands past ${limits.maxUnpackedBytes} bytes.` : 'The gzip data is damaged.');
  }
  const entries: UnpackedEntry[] = [];
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({
      strict: true,
      onReadEntry: (entry: ReadEntry) => {
        if (entries.length >= limits.maxEntries) {
          entry.resume();
          parser.abort(new BundleError(`The bundle holds more than ${limits.maxEntries} entries.`));
          return;
        }
        const item: UnpackedEntry = { path: entry.path, type: entry.type };
        entries.push(item);
        if (entry.type !== 'File') return void entry.resume();
        const chunks: Buffer[] = [];
        entry.on('data', (chunk: Buffer) => chunks.push(chunk));
        entry.on('end', () => {
          item.content = Buffer.concat(chunks);
        });
      },
    });
    parser.on('error', (error: Error) => reject(error instanceof BundleError ? error : new BundleError(`The tar archive is damaged: ${error.message}`)));
    parser.on('abort', (error: Error) => reject(error));
    parser.on('end', () => resolve());
    parser.end(tarBytes);
  });
  return entries;
}
