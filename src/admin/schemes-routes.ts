/** Catalogue editing: list, read (with ETag), create, replace, merge-patch and delete schemes. */
import type { Request, Response } from 'express';
import type { Scheme } from '../core/scheme.js';
import { z } from 'zod';
import { SchemeSchema } from '../catalogue/schema.js';
import { parseOrThrow } from '../http/api/params.js';
import { HttpProblem } from '../http/problem.js';
import type { SchemeTable } from '../store/schemes.js';
import { applyMergePatch } from './merge-patch.js';
import { changeComment, requireIfMatch, setVersionHeaders } from './preconditions.js';
import { JSON_TYPE, MERGE_PATCH_TYPE, type AdminRoute, pathParam } from './route.js';
import type { SchemeEditor } from './scheme-editor.js';
import { SchemeListQuery, SchemeListResponse } from './schemas.js';

const MergePatchBody = z.record(z.string(), z.unknown()).describe('A JSON merge patch over the scheme document: null removes a field');
const SCHEME_DOC = { description: 'The scheme document', schema: SchemeSchema, headers: ['ETag'] };

export function schemeRoutes(editor: SchemeEditor, table: SchemeTable): AdminRoute[] {
  /** PUT and PATCH: check If-Match against the live version, validate the new document, store it as a version. */
  const update = (req: Request, res: Response, actor: string, nextDocument: (current: Scheme) => unknown): void => {
    const stored = editor.live(pathParam(req, 'id'));
    requireIfMatch(req, stored.version);
    const comment = changeComment(req);
    const scheme = editor.validate(nextDocument(stored.scheme), stored.scheme.id);
    const { version } = editor.write(scheme.id, scheme, { action: 'update', actor, comment });
    setVersionHeaders(res, version);
    res.json(scheme);
  };

  return [
    {
      method: 'get', path: '/schemes', role: 'viewer', summary: 'List schemes (not deleted), with filters',
      query: SchemeListQuery, responses: { 200: { description: 'The matching schemes, by id', schema: SchemeListResponse } },
      handle: ({ req, res }) => {
        const query = parseOrThrow(SchemeListQuery, req.query, 'query');
        const needle = query.q?.trim().toLowerCase();
        const selected = table.listLive().filter(({ scheme }) => {
          if (query.status !== 'all' && query.status && scheme.status !== query.status) return false;
          if (query.audience && scheme.audience !== query.audience) return false;
          if (query.need && !scheme.needs.includes(query.need)) return false;
          if (query.type && scheme.type !== query.type) return false;
          if (query.sector && !scheme.sectors.includes(query.sector)) return false;
          const haystack = [scheme.id, scheme.acronym ?? '', scheme.agency, ...Object.values(scheme.name)].join('\n').toLowerCase();
          return !needle || haystack.includes(needle);
        });
        const offset = query.offset ?? 0;
        const items = selected.slice(offset, offset + (query.limit ?? 100)).map(({ scheme, version, updatedAt }) => ({
          id: scheme.id, name: scheme.name.en, ...(scheme.acronym ? { acronym: scheme.acronym } : {}), agency: scheme.agency,
          audience: scheme.audience, type: scheme.type, needs: scheme.needs, status: scheme.status, lastVerified: scheme.lastVerified,
          version, updatedAt,
        }));
        res.json({ total: selected.length, items });
      },
    },
    {
      method: 'get', path: '/schemes/:id', role: 'viewer', summary: 'Read a scheme document; the ETag names its version',
      responses: { 200: SCHEME_DOC, 404: { description: 'No such scheme, or deleted' } },
      handle: ({ req, res }) => {
        const stored = editor.live(pathParam(req, 'id'));
        setVersionHeaders(res, stored.version);
        res.json(stored.scheme);
      },
    },
    {
      method: 'post', path: '/schemes', role: 'editor', summary: 'Create a scheme', changeComment: true,
      body: { types: [JSON_TYPE], schema: SchemeSchema },
      responses: { 201: { ...SCHEME_DOC, headers: ['ETag', 'Location'] }, 400: { description: 'Invalid, or breaks its own examples' }, 409: { description: 'The id exists (or existed)' } },
      handle: ({ req, res, actor }) => {
        const comment = changeComment(req);
        const scheme = editor.validate(req.body);
        const existing = table.get(scheme.id);
        if (existing) {
          throw new HttpProblem(409, existing.deleted
            ? `The id '${scheme.id}' belongs to a deleted scheme; roll it back to restore it.`
            : `A scheme '${scheme.id}' exists already; change it with PUT or PATCH.`, [{ path: 'id', message: 'is taken' }]);
        }
        const { version } = editor.write(scheme.id, scheme, { action: 'create', actor: actor.name, comment });
        setVersionHeaders(res, version);
        res.status(201).location(`${req.baseUrl}/schemes/${scheme.id}`).json(scheme);
      },
    },
    {
      method: 'put', path: '/schemes/:id', role: 'editor', summary: 'Replace a scheme document', ifMatch: true, changeComment: true,
      body: { types: [JSON_TYPE], schema: SchemeSchema },
      responses: { 200: SCHEME_DOC, 400: { description: 'Invalid, or breaks its own examples' }, 412: { description: 'Stale If-Match' }, 428: { description: 'If-Match missing' } },
      handle: ({ req, res, actor }) => update(req, res, actor.name, () => req.body),
    },
    {
      method: 'patch', path: '/schemes/:id', role: 'editor', summary: 'Change a scheme with a JSON merge patch (RFC 7396)', ifMatch: true, changeComment: true,
      body: { types: [MERGE_PATCH_TYPE], schema: MergePatchBody },
      responses: { 200: SCHEME_DOC, 400: { description: 'The patched document is invalid or breaks its examples' }, 412: { description: 'Stale If-Match' }, 428: { description: 'If-Match missing' } },
      handle: ({ req, res, actor }) =>
        update(req, res, actor.name, (current) => {
          if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
            throw new HttpProblem(400, 'A merge patch must be a JSON object.', [{ path: '', message: 'must be an object' }], '/problems/validation');
          }
          return applyMergePatch(current, req.body);
        }),
    },
    {
      method: 'delete', path: '/schemes/:id', role: 'publisher', summary: 'Delete a scheme everywhere; its versions are kept', ifMatch: true, changeComment: true,
      responses: { 204: { description: 'Deleted', headers: ['ETag'] }, 412: { description: 'Stale If-Match' }, 428: { description: 'If-Match missing' } },
      handle: ({ req, res, actor }) => {
        const stored = editor.live(pathParam(req, 'id'));
        requireIfMatch(req, stored.version);
        const { version } = editor.write(stored.scheme.id, null, { action: 'delete', actor: actor.name, comment: changeComment(req) });
        setVersionHeaders(res, version);
        res.status(204).end();
      },
    },
  ];
}
