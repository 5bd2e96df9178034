/** An admin route as data: the router registers it and the OpenAPI document describes it, from the same entry. */
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Actor, Role } from './roles.js';

export interface RouteContext {
  req: Request;
  res: Response;
  actor: Actor;
}

export interface ResponseDoc {
  description: string;
  /** Media type; application/json when a schema is given. */
  type?: string;
  schema?: z.ZodType;
  /** Response headers worth documenting (ETag, Location). */
  headers?: string[];
}

export interface AdminRoute {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express pattern relative to /api/admin, e.g. `/schemes/:id`. */
  path: string;
  role: Role;
  summary: string;
  query?: z.ZodType;
  /** Accepted media types; `schema` documents a JSON body, `binary` a raw one. */
  body?: { types: string[]; schema?: z.ZodType; binary?: boolean };
  /** Whether the route needs If-Match (documented; the handler checks it). */
  ifMatch?: boolean;
  /** Whether X-Change-Comment is read. */
  changeComment?: boolean;
  responses: Record<number, ResponseDoc>;
  handle(context: RouteContext): void | Promise<void>;
}

export const JSON_TYPE = 'application/json';
export const MERGE_PATCH_TYPE = 'application/merge-patch+json';
export const GZIP_TYPES = ['application/gzip', 'application/x-gzip'];

/** A named path parameter as text (express types allow arrays for wildcards, which admin routes do not use). */
export function pathParam(req: Request, name: string): string {
  const value = req.params[name];
  return Array.isArray(value) ? value.join('/') : (value ?? '');
}
