/** Call-back requests for staff: listed with the consented contact; closing one erases the name and contact. */
import { parseOrThrow } from '../http/api/params.js';
import { HttpProblem } from '../http/problem.js';
import type { AuditLog } from '../store/admin-audit.js';
import type { CallbackCursor, CallbackTable } from '../store/admin-callbacks.js';
import { JSON_TYPE, MERGE_PATCH_TYPE, type AdminRoute, pathParam } from './route.js';
import { CallbackItem, CallbackPatchBody, CallbacksPage, CallbacksQuery } from './schemas.js';

const encodeCursor = (cursor: CallbackCursor): string => Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');

function decodeCursor(text: string): CallbackCursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string') return { createdAt, id };
  } catch {
    // fall through to the 400 below
  }
  throw new HttpProblem(400, 'The request query is not valid.', [{ path: 'query.cursor', message: 'must be the next value of a previous page' }], '/problems/validation');
}

export function callbackRoutes(callbacks: CallbackTable, audit: AuditLog, now: () => Date): AdminRoute[] {
  return [
    {
      method: 'get', path: '/callbacks', role: 'viewer', summary: 'Call-back requests, newest first (reading them is audited)',
      query: CallbacksQuery, responses: { 200: { description: 'A page of requests', schema: CallbacksPage } },
      handle: ({ req, res, actor }) => {
        const query = parseOrThrow(CallbacksQuery, req.query, 'query');
        const page = callbacks.list({ status: query.status, limit: query.limit ?? 50, ...(query.cursor ? { after: decodeCursor(query.cursor) } : {}) });
        audit.append({ at: now().toISOString(), actor: actor.name, action: 'callbacks.read', target: 'callbacks', detail: { count: page.items.length, ...(query.status ? { status: query.status } : {}) } });
        res.json({ items: page.items, ...(page.next ? { next: encodeCursor(page.next) } : {}) });
      },
    },
    {
      method: 'patch', path: '/callbacks/:id', role: 'editor', summary: 'Set a request\'s status; closing it erases the name and contact',
      body: { types: [JSON_TYPE, MERGE_PATCH_TYPE], schema: CallbackPatchBody },
      responses: { 200: { description: 'The request as now stored', schema: CallbackItem }, 404: { description: 'No such request' }, 409: { description: 'The request is closed' } },
      handle: ({ req, res, actor }) => {
        const current = callbacks.get(pathParam(req, 'id'));
        if (!current) throw new HttpProblem(404, 'There is no such call-back request.');
        const { status } = parseOrThrow(CallbackPatchBody, req.body ?? {}, 'body');
        if (current.status === 'closed' && status !== 'closed') {
          throw new HttpProblem(409, 'A closed request cannot be reopened: its contact has been erased.', [{ path: 'status', message: 'cannot change once closed' }]);
        }
        if (status === current.status) return void res.json(current);
        const at = now().toISOString();
        const updated = callbacks.setStatus(current.id, status, at)!;
        audit.append({ at, actor: actor.name, action: 'callback.status', target: `callback:${current.id}`, detail: { from: current.status, to: status } });
        res.json(updated);
      },
    },
  ];
}
