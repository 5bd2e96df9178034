/** createAdminRouter: the staff API under /api/admin, every route authenticated and role-checked before anything else. */
import express, { Router, type RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { LiveCatalogue } from '../catalogue/catalogue.js';
import { jsonBody } from '../http/body.js';
import { HttpProblem } from '../http/problem.js';
import { AuditLog } from '../store/admin-audit.js';
import { CallbackTable } from '../store/admin-callbacks.js';
import { InsightQueries } from '../store/admin-insights.js';
import { AdminUserTable } from '../store/admin-users.js';
import type { Db } from '../store/database.js';
import { SchemeTable } from '../store/schemes.js';
import { auditRoutes } from './audit-routes.js';
import { actorOf, authenticate, requireRole } from './auth.js';
import { callbackRoutes } from './callbacks.js';
import { IMPORT_LIMIT_BYTES, bulkRoutes } from './import-export.js';
import { insightRoutes } from './insights.js';
import { buildOpenApi } from './openapi.js';
import type { FailureLimit } from './rate-limit.js';
import { reportRoutes } from './reports.js';
import type { AdminRoute } from './route.js';
import { SchemeEditor } from './scheme-editor.js';
import { schemeRoutes } from './schemes-routes.js';
import { userRoutes } from './users-routes.js';
import { versionRoutes } from './versions-routes.js';

export interface AdminRouterDeps {
  db: Db;
  /** The live catalogue the bot reads; replaced whole after every accepted write. */
  catalogue: LiveCatalogue;
  logger: Logger;
  now?: () => Date;
  /** The scheme store (built over `db` when absent). */
  schemeTable?: SchemeTable;
  /** Failed authentications allowed per client and window; default 10 per 15 minutes. */
  authFailureLimit?: FailureLimit;
  /** Limit of JSON bodies; default 1 MB. Imports take up to 10 MB. */
  jsonLimitBytes?: number;
}

/** Refuses a body whose media type the route does not take (a request without a body passes). */
function mediaTypes(types: string[]): RequestHandler {
  return (req, _res, next) => {
    if (req.is(types) === false) throw new HttpProblem(415, `This route takes ${types.join(' or ')}.`, [{ path: 'headers.content-type', message: `must be ${types.join(' or ')}` }]);
    next();
  };
}

function bodyParsers(route: AdminRoute, jsonLimitBytes: number): RequestHandler[] {
  if (!route.body) return [];
  const parse = route.body.binary
    ? express.raw({ type: route.body.types, limit: IMPORT_LIMIT_BYTES })
    : jsonBody(jsonLimitBytes, route.body.types);
  return [mediaTypes(route.body.types), parse];
}

/** The route table: every admin route, in registration order. */
export function adminRoutes(deps: AdminRouterDeps): AdminRoute[] {
  const now = deps.now ?? (() => new Date());
  const table = deps.schemeTable ?? new SchemeTable(deps.db);
  const audit = new AuditLog(deps.db);
  const editor = new SchemeEditor({ db: deps.db, table, catalogue: deps.catalogue, audit, now });
  const routes: AdminRoute[] = [
    ...schemeRoutes(editor, table),
    ...versionRoutes(editor, table),
    ...bulkRoutes(editor, table, audit, now),
    ...reportRoutes(table, now),
    ...insightRoutes(new InsightQueries(deps.db), now),
    ...callbackRoutes(new CallbackTable(deps.db), audit, now),
    ...auditRoutes(audit),
    ...userRoutes({ users: new AdminUserTable(deps.db), audit, now }),
  ];
  let document: unknown;
  routes.push({
    method: 'get', path: '/openapi.json', role: 'viewer', summary: 'This document',
    responses: { 200: { description: 'OpenAPI 3.1', type: 'application/json' } },
    handle: ({ res }) => {
      document ??= buildOpenApi(routes);
      res.json(document);
    },
  });
  return routes;
}

/** Builds the staff API router; mount it at /api/admin (createApp's `admin`). */
export function createAdminRouter(deps: AdminRouterDeps): Router {
  const now = deps.now ?? (() => new Date());
  const audit = new AuditLog(deps.db);
  const guard = { audit, logger: deps.logger, now };
  const router = Router();
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  router.use(authenticate({ ...guard, users: new AdminUserTable(deps.db), failureLimit: deps.authFailureLimit ?? { maxFailures: 10, windowMs: 15 * 60_000 } }));
  for (const route of adminRoutes({ ...deps, now })) {
    router[route.method](route.path, requireRole(route.role, guard), ...bodyParsers(route, deps.jsonLimitBytes ?? 1024 * 1024), (req, res) =>
      route.handle({ req, res, actor: actorOf(res) }),
    );
  }
  return router;
}
