/** GET /api/admin/audit: the append-only log of staff actions, newest first, paged by cursor. */
import { parseOrThrow } from '../http/api/params.js';
import type { AuditLog } from '../store/admin-audit.js';
import type { AdminRoute } from './route.js';
import { AuditPage, AuditQuery } from './schemas.js';

export function auditRoutes(audit: AuditLog): AdminRoute[] {
  return [
    {
      method: 'get', path: '/audit', role: 'publisher', summary: 'The audit log, newest first; pass `next` back as `cursor`',
      query: AuditQuery, responses: { 200: { description: 'A page of entries', schema: AuditPage } },
      handle: ({ req, res }) => {
        const query = parseOrThrow(AuditQuery, req.query, 'query');
        const page = audit.page(query.limit ?? 50, query.cursor ? Number(query.cursor) : undefined);
        res.json({ items: page.items, ...(page.next === undefined ? {} : { next: String(page.next) }) });
      },
    },
  ];
}
