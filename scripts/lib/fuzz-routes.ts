/** Every route of the composed app, for the fuzzer: public ones, the website chat's Direct Line, and the staff API. */
import type { FuzzRoute } from './fuzz.js';

/** The public routes, plus methods and paths that do not exist. */
export const PUBLIC_FUZZ_ROUTES: readonly FuzzRoute[] = [
  { method: 'POST', path: '/api/messages' },
  { method: 'POST', path: '/api/match' },
  { method: 'POST', path: '/api/nlu/parse' },
  { method: 'GET', path: '/api/schemes' },
  { method: 'GET', path: '/api/schemes/:id' },
  { method: 'PUT', path: '/api/schemes/:id' },
  { method: 'DELETE', path: '/api/match' },
  { method: 'GET', path: '/nowhere/:id' },
];

export function fuzzRoutes(adminToken: string, directLineToken: string, conversationId: string): FuzzRoute[] {
  const staff = { authorization: `Bearer ${adminToken}` };
  const directLine = { authorization: `Bearer ${directLineToken}` };
  return [
    ...PUBLIC_FUZZ_ROUTES,
    { method: 'POST', path: '/v3/directline/tokens/generate' },
    { method: 'POST', path: '/v3/directline/tokens/refresh', headers: directLine },
    { method: 'POST', path: '/v3/directline/conversations', headers: directLine },
    { method: 'POST', path: `/v3/directline/conversations/${conversationId}/activities`, headers: directLine },
    { method: 'GET', path: `/v3/directline/conversations/${conversationId}/activities?watermark=abc`, headers: directLine },
    { method: 'POST', path: '/v3/directline/conversations/:id/activities', headers: directLine },
    { method: 'GET', path: '/api/admin/schemes', headers: staff },
    { method: 'GET', path: '/api/admin/schemes/:id', headers: staff },
    { method: 'POST', path: '/api/admin/schemes', headers: staff },
    { method: 'PUT', path: '/api/admin/schemes/productivity-solutions-grant', headers: { ...staff, 'if-match': '"1"' } },
    { method: 'PATCH', path: '/api/admin/schemes/productivity-solutions-grant', headers: { ...staff, 'if-match': '"1"' } },
    { method: 'DELETE', path: '/api/admin/schemes/:id', headers: { ...staff, 'if-match': '"1"' } },
    { method: 'POST', path: '/api/admin/schemes/productivity-solutions-grant/rollback', headers: { ...staff, 'if-match': '"1"' } },
    { method: 'GET', path: '/api/admin/schemes/:id/versions', headers: staff },
    { method: 'POST', path: '/api/admin/import?dryRun=true', headers: staff },
    { method: 'GET', path: '/api/admin/reports', headers: staff },
    { method: 'GET', path: '/api/admin/insights?from=yesterday&to=:id', headers: staff },
    { method: 'GET', path: '/api/admin/callbacks', headers: staff },
    { method: 'PATCH', path: '/api/admin/callbacks/:id', headers: staff },
    { method: 'GET', path: '/api/admin/audit?cursor=:id', headers: staff },
    { method: 'POST', path: '/api/admin/users', headers: staff },
    { method: 'DELETE', path: '/api/admin/tokens/:id', headers: staff },
  ];
}
