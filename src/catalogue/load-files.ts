/** Reads `schemes/<audience>/<id>.yaml` files and validates each; a bad file is reported with its path, line and field. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { Scheme } from '../core/scheme.js';
import type { FieldIssue } from '../core/validation.js';
import { validateScheme } from './schema.js';

export interface FileProblem extends FieldIssue {
  file: string;
  line?: number;
}

export class CatalogueLoadError extends Error {
  constructor(readonly problems: FileProblem[]) {
    super(`The scheme catalogue has ${problems.length} problem(s):\n${problems.map(formatFileProblem).join('\n')}`);
    this.name = 'CatalogueLoadError';
  }
}

export function formatFileProblem(problem: FileProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where} ${problem.path || '(document)'}: ${problem.message}`;
}

/** Parses and validates one YAML text; `file` is only used in messages and for the id and audience check. */
export function parseSchemeYaml(source: string, file: string): { scheme?: Scheme; problems: FileProblem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => ({
        file, path: '', message: `YAML: ${error.message.split('\n')[0]}`, line: lineCounter.linePos(error.pos[0]).line,
      })),
    };
  }
  const result = validateScheme(document.toJS());
  const lineOf = (path: string): number | undefined => {
    const segments = path === '' ? [] : path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    for (let depth = segments.length; depth >= 0; depth -= 1) {
      const node = depth === 0 ? document.contents : document.getIn(segments.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  if (!result.ok) return { problems: result.issues.map((issue) => ({ file, ...issue, line: lineOf(issue.path) })) };

  const problems: FileProblem[] = [];
  const expectedId = basename(file).replace(/\.ya?ml$/, '');
  if (result.scheme.id !== expectedId) {
    problems.push({ file, path: 'id', message: `must equal the file name '${expectedId}'`, line: lineOf('id') });
  }
  const folder = file.split(/[\\/]/).at(-2);
  if (folder && ['business', 'individual'].includes(folder) && folder !== result.scheme.audience) {
    problems.push({ file, path: 'audience', message: `must be '${folder}', the folder the file is in`, line: lineOf('audience') });
  }
  return problems.length > 0 ? { problems } : { scheme: result.scheme, problems };
}

export function listSchemeFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(entry)) files.push(path);
    }
  };
  walk(root);
  return files;
}

/** Loads every scheme under `root`; throws a CatalogueLoadError listing every problem when any file is bad. */
export function loadSchemeFiles(root: string): Scheme[] {
  const schemes: Scheme[] = [];
  const problems: FileProblem[] = [];
  const seen = new Map<string, string>();
  for (const path of listSchemeFiles(root)) {
    const file = relative(process.cwd(), path).split(sep).join('/');
    const parsed = parseSchemeYaml(readFileSync(path, 'utf8'), file);
    problems.push(...parsed.problems);
    if (!parsed.scheme) continue;
    const previous = seen.get(parsed.scheme.id);
    if (previous) problems.push({ file, path: 'id', message: `duplicates the id of ${previous}` });
    seen.set(parsed.scheme.id, file);
    schemes.push(parsed.scheme);
  }
  if (problems.length > 0) throw new CatalogueLoadError(problems);
  return schemes;
}
