/** One structured log line per request: method, route, status, time. Never the body or user text. */
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { routeLabel } from './metrics.js';

export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const level = res.statusCode >= 500 ? 'error' : 'info';
      logger[level]({ method: req.method, route: routeLabel(req), status: res.statusCode, ms: Math.round(ms * 100) / 100 }, 'request');
    });
    next();
  };
}
