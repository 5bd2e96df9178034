/** Fails when an import breaks DESIGN.md's dependency direction or a library leaves its module (STYLE.md, practice 12). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Folder (or top-level file) → the folders it may import. Every module may import itself. */
const MAY_IMPORT: Record<string, string[]> = {
  main: ['*'],
  config: [],
  'nlu-model': ['core', 'data', 'nlu', 'store'],
  compose: ['*'],
  'turn-engine': ['config', 'core', 'catalogue', 'dialogue', 'i18n', 'nlu', 'nlu-model', 'store'],
  'turn-threads': ['config', 'core', 'channels'],
  'turn-worker': ['config', 'channels', 'store', 'turn-engine', 'turn-threads'],
  core: [],
  text: ['core'],
  catalogue: ['core', 'text'],
  eligibility: ['core', 'catalogue'],
  nlu: ['core', 'text'],
  data: ['core', 'nlu'],
  i18n: ['core'],
  dialogue: ['core', 'eligibility', 'catalogue'],
  store: ['core'],
  channels: ['core', 'dialogue', 'http'],
  admin: ['core', 'catalogue', 'eligibility', 'store', 'http'],
  http: ['core', 'catalogue', 'eligibility', 'channels', 'admin'],
};

/** Package → the folders that may import it. Packages not listed here may not be imported by src/ at all. */
const PACKAGE_HOMES: Record<string, string[]> = {
  express: ['http', 'channels', 'admin'],
  helmet: ['http'],
  'prom-client': ['http'],
  pino: ['main', 'compose', 'turn-engine', 'turn-threads', 'turn-worker', 'http', 'channels', 'admin'],
  'botframework-connector': ['channels'],
  'botframework-schema': ['channels'],
  natural: ['text', 'nlu'],
  i18next: ['i18n'],
  'better-sqlite3': ['store'],
  zod: ['core', 'config', 'catalogue', 'eligibility', 'nlu', 'data', 'dialogue', 'channels', 'admin', 'http'],
  yaml: ['catalogue', 'data', 'admin'],
  tar: ['admin'],
  // Only when running from the TypeScript source: a turn thread registers tsx's loader itself.
  tsx: ['turn-threads'],
};

/** Node built-ins that do I/O: kept out of the pure libraries. */
const IO_BUILTINS = ['fs', 'path', 'net', 'http', 'https', 'child_process', 'os', 'dgram', 'worker_threads'];
const PURE = ['core', 'text', 'nlu', 'eligibility', 'dialogue'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry) ? [path] : [];
  });
}

function moduleOf(file: string): string {
  const [first, ...rest] = relative('src', file).split(sep);
  return rest.length === 0 ? first!.replace(/\.[tj]s$/, '') : first!;
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const pattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
  return [...source.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

describe('architecture', () => {
  const files = sourceFiles('src');
  const violations: string[] = [];
  for (const file of files) {
    const from = moduleOf(file);
    const allowed = MAY_IMPORT[from];
    if (!allowed) {
      violations.push(`${file}: module '${from}' is not in the architecture table`);
      continue;
    }
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.')) {
        const target = moduleOf(resolve(dirname(file), specifier).replace(resolve('.') + sep, ''));
        if (target !== from && !allowed.includes('*') && !allowed.includes(target)) violations.push(`${file}: ${from} → ${target}`);
      } else if (specifier.startsWith('node:') || IO_BUILTINS.includes(specifier)) {
        const builtin = specifier.replace(/^node:/, '').split('/')[0]!;
        if (PURE.includes(from) && IO_BUILTINS.includes(builtin)) violations.push(`${file}: pure module ${from} imports ${specifier}`);
      } else {
        const pkg = packageName(specifier);
        const homes = PACKAGE_HOMES[pkg];
        if (!homes) violations.push(`${file}: package '${pkg}' has no home in the architecture table`);
        else if (!homes.includes(from)) violations.push(`${file}: ${pkg} may only be imported in ${homes.join(', ')}`);
      }
    }
  }

  it('scans the source tree', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('follows the dependency direction of DESIGN.md and keeps each library in its module', () => {
    expect(violations).toEqual([]);
  });

  it('detects a forbidden arrow (the scanner itself works)', () => {
    expect(importsOf('src/eligibility/match.ts')).toContain('../catalogue/catalogue.js');
    expect(moduleOf(resolve('src/eligibility/match.ts').replace(resolve('.') + sep, ''))).toBe('eligibility');
  });
});
