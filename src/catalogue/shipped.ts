/** Which shipped scheme files to import: only those whose id (= file name) the store has never held. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Scheme } from '../core/scheme.js';
import { CatalogueLoadError, listSchemeFiles, parseSchemeYaml, type FileProblem } from './load-files.js';

/**
 * Parses only the files whose id is not in `knownIds`, so a restart with a populated store reads no YAML.
 * Throws a CatalogueLoadError when any of those files is invalid.
 */
export function readNewShippedSchemes(root: string, knownIds: ReadonlySet<string>): Scheme[] {
  const fresh: Scheme[] = [];
  const problems: FileProblem[] = [];
  for (const file of listSchemeFiles(root)) {
    if (knownIds.has(basename(file).replace(/\.ya?ml$/, ''))) continue;
    const parsed = parseSchemeYaml(readFileSync(file, 'utf8'), file);
    problems.push(...parsed.problems);
    if (parsed.scheme) fresh.push(parsed.scheme);
  }
  if (problems.length > 0) throw new CatalogueLoadError(problems);
  return fresh;
}
