/** The staff API as OpenAPI 3.1, generated from the route table and its zod schemas (z.toJSONSchema). */
import { z } from 'zod';
import { SchemeSchema } from '../catalogue/schema.js';
import { ROLES } from './roles.js';
import { JSON_TYPE, type AdminRoute } from './route.js';
import { ProblemSchema } from './schemas.js';

type JsonSchema = Record<string, unknown>;

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return rest;
}

const NAMED = new Map<z.ZodType, string>([
  [SchemeSchema, 'Scheme'],
  [ProblemSchema, 'Problem'],
]);

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const schemaOf = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => (NAMED.has(schema) ? ref(NAMED.get(schema)!) : toJsonSchema(schema, io));
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });

const HEADER_DOCS: Record<string, string> = {
  ETag: 'The version of the scheme, for If-Match',
  Location: 'The URL of the new scheme',
};

function parameters(route: AdminRoute): unknown[] {
  const params: unknown[] = [...route.path.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
  if (route.query) {
    const query = toJsonSchema(route.query, 'output') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(query.properties ?? {})) {
      params.push({ name, in: 'query', required: query.required?.includes(name) ?? false, schema });
    }
  }
  if (route.ifMatch) params.push({ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' }, description: 'The ETag you read; 428 without it, 412 when stale' });
  if (route.changeComment) params.push({ name: 'X-Change-Comment', in: 'header', required: false, schema: { type: 'string', maxLength: 500 }, description: 'Stored with the version (ASCII or percent-encoded UTF-8)' });
  return params;
}

function operation(route: AdminRoute): JsonSchema {
  const responses: Record<string, unknown> = {};
  for (const [status, doc] of Object.entries(route.responses)) {
    const type = doc.type ?? (doc.schema ? JSON_TYPE : undefined);
    const isError = Number(status) >= 400;
    responses[status] = isError
      ? problem(doc.description)
      : {
          description: doc.description,
          ...(type ? { content: { [type]: { schema: doc.schema ? schemaOf(doc.schema, 'output') : { type: 'string', format: 'binary' } } } } : {}),
          ...(doc.headers ? { headers: Object.fromEntries(doc.headers.map((h) => [h, { description: HEADER_DOCS[h] ?? h, schema: { type: 'string' } }])) } : {}),
        };
  }
  if ((route.query || route.body) && !responses['400']) responses['400'] = problem('Invalid input; `errors` names each field');
  responses['401'] = problem('No valid bearer token (missing, wrong, expired or revoked)');
  responses['403'] = problem(`The role is below ${route.role}`);
  responses['429'] = problem('Too many failed authentication attempts from this client');
  return {
    summary: route.summary,
    'x-required-role': route.role,
    security: [{ bearer: [] }],
    parameters: parameters(route),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(
              route.body.types.map((type) => [type, { schema: route.body!.binary || !route.body!.schema ? { type: 'string', format: 'binary' } : schemaOf(route.body!.schema, 'input') }]),
            ),
          },
        }
      : {}),
    responses,
  };
}

/** Builds the document for `routes` (which are mounted under `/api/admin`). */
export function buildOpenApi(routes: readonly AdminRoute[]): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'e-adviser staff API',
      version: '1.0.0',
      description: `Catalogue curation for agency staff. Roles: ${ROLES.join(' < ')}. Errors are application/problem+json (RFC 9457).`,
    },
    servers: [{ url: '/api/admin' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A staff token from `npm run admin -- create-user` or POST /users' } },
      schemas: { Scheme: toJsonSchema(SchemeSchema, 'input'), Problem: toJsonSchema(ProblemSchema, 'output') },
    },
    paths,
  };
}
