/** Every catalogue write goes through here: validate, check the scheme's examples, store a version, audit, go live. */
import type { Scheme } from '../core/scheme.js';
import type { LiveCatalogue } from '../catalogue/catalogue.js';
import { validateScheme } from '../catalogue/schema.js';
import { HttpProblem } from '../http/problem.js';
import type { AuditLog } from '../store/admin-audit.js';
import { durably, type Db } from '../store/database.js';
import type { SchemeTable, SchemeWrite, StoredScheme } from '../store/schemes.js';
import { diffDocuments } from './diff.js';
import { exampleIssues } from './example-check.js';

export interface EditorDeps {
  db: Db;
  table: SchemeTable;
  catalogue: LiveCatalogue;
  audit: AuditLog;
  now: () => Date;
}

export interface WriteRequest {
  action: SchemeWrite['action'];
  actor: string;
  comment?: string;
}

/** How many changed paths the audit entry lists (the version keeps the whole diff). */
const AUDIT_PATHS = 50;

export class SchemeEditor {
  constructor(private readonly deps: EditorDeps) {}

  /** The stored scheme, deleted or not; 404 when the store never held it. */
  stored(id: string): StoredScheme {
    const stored = this.deps.table.get(id);
    if (!stored) throw new HttpProblem(404, `There is no scheme '${id.slice(0, 100)}'.`);
    return stored;
  }

  /** The stored scheme when it is live; 404 when it is deleted or unknown. */
  live(id: string): StoredScheme {
    const stored = this.stored(id);
    if (stored.deleted) throw new HttpProblem(404, `The scheme '${id.slice(0, 100)}' was deleted; its versions remain and it can be rolled back.`);
    return stored;
  }

  /** Validates with the one zod schema, then runs the scheme's own examples; 400 naming each field or example. */
  validate(document: unknown, expectedId?: string): Scheme {
    const result = validateScheme(document);
    if (!result.ok) throw new HttpProblem(400, 'The scheme is not valid.', result.issues, '/problems/validation');
    if (expectedId !== undefined && result.scheme.id !== expectedId) {
      throw new HttpProblem(400, 'The scheme is not valid.', [{ path: 'id', message: `must equal the id in the URL, '${expectedId}'` }], '/problems/validation');
    }
    const broken = exampleIssues(result.scheme);
    if (broken.length > 0) {
      throw new HttpProblem(400, `The change breaks ${broken.length} of the scheme's own examples.`, broken, '/problems/examples-failing');
    }
    return result.scheme;
  }

  /**
   * Stores `scheme` (or deletes, when null) as a new version, audits it and makes it live for the next turn.
   * The caller has checked the precondition in the same synchronous step, so no other write interleaves.
   * Returns the new version, or the current one when nothing changed. A bulk import defers `refresh` to its end.
   */
  write(id: string, scheme: Scheme | null, request: WriteRequest, options = { refresh: true }): { version: number; changed: boolean } {
    const before = this.deps.table.get(id);
    const previous = before && !before.deleted ? before.scheme : undefined;
    const changes = scheme ? diffDocuments(previous, scheme) : [];
    if (scheme && before && !before.deleted && changes.length === 0) return { version: before.version, changed: false };
    const at = this.deps.now().toISOString();
    // The new version and its audit entry commit together, durably (synchronous=FULL), or not at all.
    const version = durably(this.deps.db, () => {
      const written = this.deps.table.write(
        id,
        scheme,
        { action: request.action, actor: request.actor, ...(request.comment ? { comment: request.comment } : {}), ...(previous && scheme ? { diff: changes } : {}) },
        at,
      );
      this.audit(id, request, at, written, previous && scheme ? changes : undefined);
      return written;
    });
    // Swapped in only once committed, so the bot never serves a change the store does not hold.
    if (options.refresh) this.refresh();
    return { version, changed: true };
  }

  private audit(id: string, request: WriteRequest, at: string, version: number, changes: ReturnType<typeof diffDocuments> | undefined): void {
    this.deps.audit.append({
      at,
      actor: request.actor,
      action: `scheme.${request.action}`,
      target: `scheme:${id}`,
      detail: {
        version,
        ...(request.comment ? { comment: request.comment } : {}),
        ...(changes ? { changed: changes.slice(0, AUDIT_PATHS).map((change) => change.path) } : {}),
      },
    });
  }

  /** Swaps the live catalogue (search index and NLU scheme names via its listeners) for the stored one. */
  refresh(): void {
    this.deps.catalogue.replace(this.deps.table.listLive().map((stored) => stored.scheme));
  }
}
