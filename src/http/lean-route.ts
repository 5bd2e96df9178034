/**
 * A hot route served in front of express, on node's own request and response objects.
 *
 * Why: the Bot Framework endpoint takes every turn. Through express it pays for express's request and response
 * objects and body-parser; under load the main thread then allocates ≈ 57 KB per turn and promotes a fifth of it to
 * the old generation, and with the heap capped the collections cost ≈ 10 points of the saturated rate (bench/README.md).
 * Served here the same turn needs a fraction of that. What every route gets from the express stack is kept: the
 * same middleware runs first (helmet's headers, metrics, the request log), bodies get the same limits and checks,
 * and errors are the same problem+json.
 */
import type { Express, Request, RequestHandler, Response } from 'express';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { HttpProblem, writeProblem } from './problem.js';
import { readJsonBody } from './body.js';
import { ROUTE_LABEL } from './metrics.js';

export interface LeanRoute {
  method: 'POST';
  path: string;
  bodyLimitBytes: number;
  /** Checks that need no body (a bearer token's shape), before the body is read; throw an HttpProblem to refuse. */
  precheck?(headers: IncomingHttpHeaders): void;
  /** The JSON body (undefined when there is none, or it is not JSON) → the status and the JSON text to answer. */
  handle(body: unknown, headers: IncomingHttpHeaders): Promise<{ status: number; json: string }>;
}

function matches(route: LeanRoute, req: IncomingMessage): boolean {
  const url = req.url ?? '';
  return req.method === route.method && (url === route.path || url.startsWith(`${route.path}?`));
}

/** Runs express-style middleware that only uses node's request and response (helmet, metrics, the request log). */
function runCommon(common: RequestHandler[], req: IncomingMessage, res: ServerResponse): void {
  for (const middleware of common) {
    let continued = false;
    void middleware(req as Request, res as Response, () => (continued = true));
    if (!continued) throw new Error('a common middleware of a lean route must call next() synchronously');
  }
}

/** Serves `routes` before express handles a request; everything else goes to express as before. */
export function serveLeanRoutes(app: Express, routes: LeanRoute[], common: RequestHandler[], onUnexpected: (error: unknown) => void): void {
  if (routes.length === 0) return;
  // Express calls app.handle for every request; the lean routes go first, the rest as before.
  const handled = app as unknown as { handle: (req: IncomingMessage, res: ServerResponse, next?: () => void) => void };
  const expressHandle = handled.handle.bind(app);
  const serve = async (route: LeanRoute, req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      (req as IncomingMessage & { [ROUTE_LABEL]?: string })[ROUTE_LABEL] = route.path;
      runCommon(common, req, res);
      route.precheck?.(req.headers);
      const body = await readJsonBody(req, route.bodyLimitBytes);
      const { status, json } = await route.handle(body, req.headers);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) }).end(json);
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      if (!(error instanceof HttpProblem)) onUnexpected(error);
      writeProblem(res, error instanceof HttpProblem ? error : new HttpProblem(500, 'Something went wrong on our side. Please try again.'));
    }
  };
  handled.handle = (req, res, next) => {
    const route = routes.find((candidate) => matches(candidate, req));
    if (route) void serve(route, req, res);
    else expressHandle(req, res, next);
  };
}
