/** RFC 9457 problem details: the one shape of every error this server answers with. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ServerResponse } from 'node:http';
import type { z } from 'zod';
import { toFieldIssues, type FieldIssue } from '../core/validation.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 412: 'Precondition Failed', 413: 'Content Too Large', 415: 'Unsupported Media Type',
  422: 'Unprocessable Content', 428: 'Precondition Required', 429: 'Too Many Requests', 500: 'Internal Server Error',
  502: 'Bad Gateway', 503: 'Service Unavailable',
};

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors: FieldIssue[] = [],
    readonly type = 'about:blank',
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

/** A 400 whose `errors` name each field at fault; `prefix` places query or body fields (`query.limit`). */
export function validationProblem(error: z.ZodError, detail = 'The request is not valid.', prefix: PropertyKey[] = []): HttpProblem {
  return new HttpProblem(400, detail, toFieldIssues(error.issues, prefix), '/problems/validation');
}

/** Writes the problem with node's own response (express routes and the lean route alike). */
export function writeProblem(res: ServerResponse, problem: HttpProblem): void {
  const body = JSON.stringify({
    type: problem.type,
    title: TITLES[problem.status] ?? 'Error',
    status: problem.status,
    detail: problem.detail,
    ...(problem.errors.length > 0 ? { errors: problem.errors } : {}),
  });
  res.statusCode = problem.status;
  for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value);
  res.setHeader('content-type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

export const notFound: RequestHandler = (req, res) => {
  writeProblem(res, new HttpProblem(404, `There is nothing at ${req.method} ${req.path}.`));
};

/** What express.raw (the staff import) throws. */
interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
  expose?: boolean;
}

/** Maps thrown errors (and express.raw's, for the staff import) to problem+json; never a stack trace, never a 5xx for bad input. */
export function problemHandler(onUnexpected: (error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (error instanceof HttpProblem) {
      writeProblem(res, error);
      return;
    }
    const parserError = error as BodyParserError;
    const status = parserError.status ?? parserError.statusCode;
    if (parserError.type === 'entity.too.large') writeProblem(res, new HttpProblem(413, 'The request body is too large.'));
    else if (parserError.type === 'encoding.unsupported') writeProblem(res, new HttpProblem(415, 'This content encoding is not accepted.'));
    else if (typeof status === 'number' && status >= 400 && status < 500) writeProblem(res, new HttpProblem(status, 'The request could not be read.'));
    else {
      onUnexpected(error);
      writeProblem(res, new HttpProblem(500, 'Something went wrong on our side. Please try again.'));
    }
  };
}
