/** JSON body parsing that is never lenient: size-limited, strict UTF-8, objects and arrays only. */
import express, { type RequestHandler } from 'express';
import { isUtf8 } from 'node:buffer';
import { HttpProblem } from './problem.js';

export function jsonBody(limitBytes: number, types: string[] = ['application/json', 'application/*+json']): RequestHandler {
  return express.json({
    limit: limitBytes,
    strict: true,
    type: types,
    verify: (_req, _res, buffer) => {
      if (!isUtf8(buffer)) throw new HttpProblem(400, 'The request body is not valid UTF-8.', [], '/problems/malformed-body');
    },
  });
}
