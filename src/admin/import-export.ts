/** Bulk: export the live catalogue as a tar.gz of `schemes/`-format YAML; import such a bundle (a dry run by default). */
import { isUtf8 } from 'node:buffer';
import type { Scheme } from '../core/scheme.js';
import { parseSchemeYaml, type FileProblem } from '../catalogue/load-files.js';
import { parseOrThrow } from '../http/api/params.js';
import { HttpProblem } from '../http/problem.js';
import type { AuditLog } from '../store/admin-audit.js';
import type { SchemeTable } from '../store/schemes.js';
import { diffDocuments, type Change } from './diff.js';
import { exampleIssues } from './example-check.js';
import { changeComment } from './preconditions.js';
import { GZIP_TYPES, type AdminRoute } from './route.js';
import type { SchemeEditor } from './scheme-editor.js';
import { ImportQuery, ImportReport } from './schemas.js';
import { BundleError, packTarGz, unpackTarGz } from './tarball.js';
import { schemeFilePath, schemeToYaml } from './yaml-format.js';

export const IMPORT_LIMIT_BYTES = 10 * 1024 * 1024;
const LIMITS = { maxUnpackedBytes: 50 * 1024 * 1024, maxEntries: 5000 };
const SCHEME_FILE = /^(?:\.\/)?(?:schemes\/)?(?:business|individual)\/[^/]+\.ya?ml$/;

type Outcome = 'create' | 'update' | 'unchanged' | 'invalid' | 'ignored';

interface PlannedFile {
  file: string;
  id?: string;
  outcome: Outcome;
  problems?: Omit<FileProblem, 'file'>[];
  changes?: Change[];
  scheme?: Scheme;
}

/** Every live scheme as `schemes/<audience>/<id>.yaml`, by path; each file's mtime is its lastVerified date. */
export function exportBundle(table: SchemeTable): { bundle: Buffer; count: number } {
  const schemes = table.listLive().map((stored) => stored.scheme);
  const files = schemes
    .map((scheme) => ({ path: schemeFilePath(scheme), content: Buffer.from(schemeToYaml(scheme), 'utf8'), mtime: new Date(`${scheme.lastVerified}T00:00:00Z`) }))
    .sort((a, b) => a.path.localeCompare(b.path));
  return { bundle: packTarGz(files), count: files.length };
}

const problemsOf = (problems: FileProblem[]): Omit<FileProblem, 'file'>[] => problems.map(({ file: _file, ...rest }) => rest);

/** Validates every file of a bundle and compares it with the store, changing nothing. */
export async function planImport(gzipped: Buffer, table: SchemeTable): Promise<PlannedFile[]> {
  let entries;
  try {
    entries = await unpackTarGz(gzipped, LIMITS);
  } catch (error) {
    if (error instanceof BundleError) throw new HttpProblem(400, error.message, [{ path: 'body', message: error.message }], '/problems/bad-bundle');
    throw error;
  }
  const seen = new Map<string, string>();
  const planned: PlannedFile[] = [];
  for (const entry of entries) {
    if (entry.type === 'Directory') continue;
    if (entry.type !== 'File' || !SCHEME_FILE.test(entry.path) || !entry.content) {
      planned.push({ file: entry.path, outcome: 'ignored', problems: [{ path: '', message: 'is not a scheme file (schemes/<audience>/<id>.yaml)' }] });
      continue;
    }
    if (!isUtf8(entry.content)) {
      planned.push({ file: entry.path, outcome: 'invalid', problems: [{ path: '', message: 'is not valid UTF-8' }] });
      continue;
    }
    const parsed = parseSchemeYaml(entry.content.toString('utf8'), entry.path);
    const scheme = parsed.scheme;
    if (!scheme) {
      planned.push({ file: entry.path, outcome: 'invalid', problems: problemsOf(parsed.problems) });
      continue;
    }
    const problems = [
      ...exampleIssues(scheme),
      ...(seen.has(scheme.id) ? [{ path: 'id', message: `duplicates the id of ${seen.get(scheme.id)}` }] : []),
    ];
    seen.set(scheme.id, entry.path);
    if (problems.length > 0) {
      planned.push({ file: entry.path, id: scheme.id, outcome: 'invalid', problems });
      continue;
    }
    const existing = table.get(scheme.id);
    const changes = existing && !existing.deleted ? diffDocuments(existing.scheme, scheme) : undefined;
    const outcome: Outcome = !changes ? 'create' : changes.length > 0 ? 'update' : 'unchanged';
    planned.push({ file: entry.path, id: scheme.id, outcome, ...(changes?.length ? { changes } : {}), scheme });
  }
  return planned;
}

function summarise(planned: PlannedFile[]): Record<Outcome | 'files', number> {
  const summary = { files: planned.length, create: 0, update: 0, unchanged: 0, invalid: 0, ignored: 0 };
  for (const file of planned) summary[file.outcome] += 1;
  return summary;
}

export function bulkRoutes(editor: SchemeEditor, table: SchemeTable, audit: AuditLog, now: () => Date): AdminRoute[] {
  return [
    {
      method: 'get', path: '/export', role: 'viewer', summary: 'The live catalogue as a tar.gz of schemes/<audience>/<id>.yaml files',
      responses: { 200: { description: 'A gzipped tar archive', type: 'application/gzip' } },
      handle: ({ res, actor }) => {
        const { bundle, count } = exportBundle(table);
        const at = now().toISOString();
        audit.append({ at, actor: actor.name, action: 'catalogue.export', target: 'catalogue', detail: { schemes: count } });
        res.type('application/gzip').attachment(`e-adviser-schemes-${at.slice(0, 10)}.tar.gz`).send(bundle);
      },
    },
    {
      method: 'post', path: '/import', role: 'publisher', summary: 'Import a tar.gz of scheme files (up to 10 MB): a dry run unless dryRun=false',
      query: ImportQuery, body: { types: GZIP_TYPES, binary: true }, changeComment: true,
      responses: {
        200: { description: 'Per-file validation and what would change (or changed)', schema: ImportReport },
        400: { description: 'Not a tar.gz, or (with dryRun=false) some files are invalid: nothing was written' }, 413: { description: 'Over 10 MB' },
      },
      handle: async ({ req, res, actor }) => {
        const query = parseOrThrow(ImportQuery, req.query, 'query');
        const comment = changeComment(req);
        if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw new HttpProblem(400, 'The body must be a tar.gz bundle.', [{ path: 'body', message: 'is empty' }]);
        const planned = await planImport(req.body, table);
        const dryRun = query.dryRun !== 'false';
        const invalid = planned.filter((file) => file.outcome === 'invalid');
        if (!dryRun && invalid.length > 0) {
          const errors = invalid.flatMap((file) => (file.problems ?? []).map((p) => ({ path: `${file.file}${p.line ? `:${p.line}` : ''} ${p.path}`.trim(), message: p.message })));
          throw new HttpProblem(400, `${invalid.length} file(s) are invalid; nothing was imported.`, errors, '/problems/validation');
        }
        const toWrite = planned.filter((file) => file.outcome === 'create' || file.outcome === 'update');
        if (!dryRun) {
          for (const file of toWrite) editor.write(file.scheme!.id, file.scheme!, { action: 'import', actor: actor.name, comment }, { refresh: false });
          if (toWrite.length > 0) editor.refresh();
        }
        const summary = summarise(planned);
        audit.append({ at: now().toISOString(), actor: actor.name, action: dryRun ? 'catalogue.import.dry-run' : 'catalogue.import', target: 'catalogue', detail: summary });
        res.json({ dryRun, applied: !dryRun, summary, files: planned.map(({ scheme: _scheme, ...file }) => file) });
      },
    },
  ];
}
