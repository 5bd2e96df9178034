/** Scheme mentions from schemes/ for the NLU tools: valid files, and files still being written lend their names too. */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { listSchemeFiles, parseSchemeYaml } from '../src/catalogue/load-files.js';
import type { SchemeMention } from '../src/core/nlu.js';
import { schemeMentions } from '../src/nlu/index.js';

/** Every scheme under `root` as the NLU's scheme lexicon sees it. */
export function catalogueMentions(root = 'schemes'): SchemeMention[] {
  const mentions: SchemeMention[] = [];
  for (const file of listSchemeFiles(root)) {
    const source = readFileSync(file, 'utf8');
    const { scheme } = parseSchemeYaml(source, file);
    if (scheme) {
      mentions.push(...schemeMentions([scheme]));
      continue;
    }
    try {
      const raw = parseYaml(source) as { id?: string; acronym?: string; name?: Record<string, string> };
      if (raw?.id && raw.name) mentions.push(...schemeMentions([{ id: raw.id, acronym: raw.acronym, name: { en: raw.name.en ?? raw.id, ...raw.name } }]));
    } catch {
      // an unreadable file: the catalogue's own checks report it
    }
  }
  return mentions;
}
