/**
 * JSON body parsing that is never lenient: size-limited, strict UTF-8, objects and arrays only. One reader for the
 * express routes (jsonBody) and the lean turn route (readJsonBody), so the rules cannot drift apart. It replaces
 * express.json(): the same checks with a fraction of the allocations; compressed bodies are refused (415).
 */
import type { RequestHandler } from 'express';
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import { HttpProblem } from './problem.js';

const MALFORMED = '/problems/malformed-body';
/** JSON's own whitespace; anything else first must open an object or an array (as express.json's strict mode). */
const FIRST_CHARACTER = /^[ \t\n\r]*(.)/s;
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json$/;

function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '') !== '';
}

function toJson(buffer: Buffer): unknown {
  if (!isUtf8(buffer)) throw new HttpProblem(400, 'The request body is not valid UTF-8.', [], MALFORMED);
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  const first = FIRST_CHARACTER.exec(text)?.[1];
  if (first === undefined) return {};
  if (first !== '{' && first !== '[') throw new HttpProblem(400, 'The request body is not valid JSON.', [], MALFORMED);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpProblem(400, 'The request body is not valid JSON.', [], MALFORMED);
  }
}

/**
 * The JSON body of a request on node's own objects: undefined without a body or for another media type; 413 above `limitBytes`; 415 for another charset or a compressed body; 400 for invalid UTF-8, a body
 * that is not an object or array, or invalid JSON.
 */
export function readJsonBody(
  req: IncomingMessage,
  limitBytes: number,
  accepts: (mediaType: string) => boolean = (mediaType) => JSON_MEDIA_TYPE.test(mediaType),
): Promise<unknown> {
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!hasBody(req) || !accepts(mediaType)) return Promise.resolve(undefined);
  if ((req.headers['content-encoding'] ?? 'identity').toLowerCase() !== 'identity') {
    return Promise.reject(new HttpProblem(415, 'Compressed request bodies are not accepted.'));
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return Promise.reject(new HttpProblem(415, 'Only UTF-8 bodies are accepted.'));
  if (Number(req.headers['content-length']) > limitBytes) return Promise.reject(new HttpProblem(413, 'The request body is too large.'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limitBytes) return void chunks.push(chunk);
      stop();
      req.resume();
      reject(new HttpProblem(413, 'The request body is too large.'));
    };
    const onEnd = (): void => {
      stop();
      try {
        resolve(toJson(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
      } catch (problem) {
        reject(problem as Error);
      }
    };
    const onError = (): void => {
      stop();
      reject(new HttpProblem(400, 'The request could not be read.'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}

const read = Symbol('json body read');

/** The express middleware: `req.body` is the JSON, or undefined without a body or for a media type not in `types`. */
export function jsonBody(limitBytes: number, types: string[] = ['application/json', 'application/*+json']): RequestHandler {
  return (req, _res, next) => {
    const request = req as typeof req & { [read]?: boolean };
    if (request[read]) return next();
    request[read] = true;
    readJsonBody(req, limitBytes, () => Boolean(req.is(types))).then((body) => {
      req.body = body;
      next();
    }, next);
  };
}
