/** Prometheus metrics: request counts and latency by route, plus process defaults. */
import type { RequestHandler } from 'express';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface HttpMetrics {
  registry: Registry;
  middleware: RequestHandler;
}

/** Set on requests that lean routes (lean-route.ts) serve outside express's router: their route label. */
export const ROUTE_LABEL = Symbol('route label');

/** The route pattern a request matched (`/api/schemes/:id`), so labels stay few. */
export function routeLabel(req: { baseUrl?: string; route?: { path?: unknown }; [ROUTE_LABEL]?: string }): string {
  if (req[ROUTE_LABEL] !== undefined) return req[ROUTE_LABEL];
  const path = typeof req.route?.path === 'string' ? req.route.path : undefined;
  return path === undefined ? 'unmatched' : `${req.baseUrl ?? ''}${path}` || '/';
}

export function createHttpMetrics(registry = new Registry(), withDefaults = true): HttpMetrics {
  if (withDefaults) collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const middleware: RequestHandler = (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = routeLabel(req);
      requests.inc({ method: req.method, route, status: String(res.statusCode) });
      duration.observe({ method: req.method, route }, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
  return { registry, middleware };
}
