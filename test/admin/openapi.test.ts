/** GET /api/admin/openapi.json: OpenAPI 3.1 generated from the route table and the zod schemas. */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bearer, buildAdminTestApp } from './helpers.js';

describe('the OpenAPI document', () => {
  it('describes every operation with its role, security, parameters and problem responses', async () => {
    const ctx = buildAdminTestApp();
    const res = await request(ctx.app).get('/api/admin/openapi.json').set(bearer(ctx.tokens.viewer));
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearer).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
    const scheme = doc.components.schemas.Scheme;
    expect(scheme.required).toEqual(expect.arrayContaining(['id', 'agency', 'audience', 'type', 'needs', 'status', 'url', 'lastVerified', 'name']));
    expect(scheme.properties.audience.enum).toEqual(['business', 'individual']);
    expect(scheme.additionalProperties).toBe(false);

    const patch = doc.paths['/schemes/{id}'].patch;
    expect(Object.keys(patch.requestBody.content)).toEqual(['application/merge-patch+json']);
    expect(patch.parameters.map((p: { name: string }) => p.name)).toEqual(['id', 'If-Match', 'X-Change-Comment']);
    expect(patch.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Scheme' });
    expect(doc.paths['/import'].post.requestBody.content['application/gzip'].schema).toEqual({ type: 'string', format: 'binary' });
    expect(doc.paths['/schemes'].get.parameters.find((p: { name: string }) => p.name === 'audience').schema.enum).toEqual(['business', 'individual']);
    expect(doc.paths['/users'].post.requestBody.content['application/json'].schema.properties.role.enum).toEqual(['viewer', 'editor', 'publisher']);
    for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      for (const [method, op] of Object.entries(methods)) {
        expect(op.responses['401'], `${method} ${path}`).toBeDefined();
        expect(op.responses['403']).toBeDefined();
        expect(op.security).toEqual([{ bearer: [] }]);
      }
    }
  });
});
