/** A scheme's versions (who, when, what changed, why) and rollback to any earlier one. */
import { SchemeSchema } from '../catalogue/schema.js';
import { parseOrThrow } from '../http/api/params.js';
import { HttpProblem } from '../http/problem.js';
import type { SchemeTable } from '../store/schemes.js';
import { changeComment, requireIfMatch, setVersionHeaders } from './preconditions.js';
import { JSON_TYPE, type AdminRoute, pathParam } from './route.js';
import type { SchemeEditor } from './scheme-editor.js';
import { RollbackBody, VersionParams, VersionsResponse } from './schemas.js';

export function versionRoutes(editor: SchemeEditor, table: SchemeTable): AdminRoute[] {
  return [
    {
      method: 'get', path: '/schemes/:id/versions', role: 'viewer', summary: 'Every version of a scheme, newest first, with its diff',
      responses: { 200: { description: 'The versions; the ETag names the current one', schema: VersionsResponse, headers: ['ETag'] } },
      handle: ({ req, res }) => {
        const stored = editor.stored(pathParam(req, 'id'));
        const items = table.versions(stored.scheme.id).map(({ scheme: _document, ...version }) => version);
        setVersionHeaders(res, stored.version);
        res.json({ id: stored.scheme.id, current: stored.version, deleted: stored.deleted, items });
      },
    },
    {
      method: 'get', path: '/schemes/:id/versions/:version', role: 'viewer', summary: 'The scheme document as it was at one version',
      responses: { 200: { description: 'The document of that version', schema: SchemeSchema }, 404: { description: 'No such version, or a deletion' } },
      handle: ({ req, res }) => {
        const stored = editor.stored(pathParam(req, 'id'));
        const { version } = parseOrThrow(VersionParams, req.params, 'params');
        const found = table.versions(stored.scheme.id).find((v) => v.version === version);
        if (!found?.scheme) throw new HttpProblem(404, `Version ${version} of '${stored.scheme.id}' holds no document.`);
        res.json(found.scheme);
      },
    },
    {
      method: 'post', path: '/schemes/:id/rollback', role: 'publisher', summary: 'Restore an earlier version as a new version (also undeletes)',
      ifMatch: true, changeComment: true, body: { types: [JSON_TYPE], schema: RollbackBody },
      responses: {
        200: { description: 'The restored document', schema: SchemeSchema, headers: ['ETag'] },
        400: { description: 'No such version, or it no longer validates' }, 412: { description: 'Stale If-Match' }, 428: { description: 'If-Match missing' },
      },
      handle: ({ req, res, actor }) => {
        const stored = editor.stored(pathParam(req, 'id'));
        requireIfMatch(req, stored.version);
        const comment = changeComment(req);
        const { version } = parseOrThrow(RollbackBody, req.body ?? {}, 'body');
        const target = table.versions(stored.scheme.id).find((v) => v.version === version);
        if (!target?.scheme) {
          const message = target ? 'deleted the scheme; choose a version that holds a document' : `must be one of the scheme's versions (1 to ${stored.version})`;
          throw new HttpProblem(400, 'The rollback target is not valid.', [{ path: 'version', message }], '/problems/validation');
        }
        const scheme = editor.validate(target.scheme, stored.scheme.id);
        const written = editor.write(scheme.id, scheme, { action: 'rollback', actor: actor.name, comment: comment ?? `rollback to version ${version}` });
        setVersionHeaders(res, written.version);
        res.json(scheme);
      },
    },
  ];
}
