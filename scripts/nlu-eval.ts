/**
 * `npm run nlu:eval`: trains on intents/<lang>.yaml, scores the held-out tests (intent accuracy per
 * language, language id, entity precision/recall, confusions) and measures build time and parse latency.
 * Flags: --errors prints every language-id and entity error; --json prints the whole report as JSON.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { listSchemeFiles, parseSchemeYaml } from '../src/catalogue/load-files.js';
import { loadLexicons, loadTrainingSets } from '../src/data/intents.js';
import { createNlu, evaluate, formatReport, latencyPercentiles, schemeMentions, trainIntentModel } from '../src/nlu/index.js';
import type { SchemeMention } from '../src/core/nlu.js';

/** Every scheme of schemes/, valid or not yet (a file being written still lends its names). */
function catalogueMentions(root = 'schemes'): SchemeMention[] {
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
      // unreadable file: the catalogue's own checks report it
    }
  }
  return mentions;
}

const args = new Set(process.argv.slice(2));
const sets = loadTrainingSets();
const lexicons = loadLexicons();
const schemes = catalogueMentions();

let started = performance.now();
const model = trainIntentModel(sets, { lexicons, schemes });
const trainMs = performance.now() - started;
const cached = JSON.stringify(model);

started = performance.now();
const nlu = createNlu({ model: JSON.parse(cached), lexicons, schemes });
const warmBuildMs = performance.now() - started;

const report = evaluate(nlu, sets);
if (args.has('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`Trained on ${sets.map((set) => set.language).join(', ')} with ${schemes.length} schemes in the lexicon.\n`);
  console.log(formatReport(report));
  if (args.has('--errors')) {
    console.log('\nLanguage-id errors:');
    for (const error of report.languageErrors) console.log(`  [${error.expected}→${error.got} ${error.confidence.toFixed(2)}] ${error.text}`);
    console.log('\nEntity errors:');
    for (const error of report.entityErrors) {
      const show = (list: { entity: string; value: unknown }[]) => list.map((entity) => `${entity.entity}=${entity.value}`).join(', ');
      console.log(`  ${error.text}\n      missing: ${show(error.missing)}  unexpected: ${show(error.unexpected)}`);
    }
  }
  const inputs = sets.flatMap((set) => [...Object.values(set.intents).flatMap((intent) => intent?.tests ?? []), ...set.entityTests.map((test) => test.text)]);
  const latency = latencyPercentiles(inputs, (text) => nlu.parse(text));
  console.log(`\nTraining (cold): ${trainMs.toFixed(0)} ms; building from the cached model (warm): ${warmBuildMs.toFixed(0)} ms; model ${(cached.length / 1024).toFixed(0)} KiB`);
  console.log(`Parse latency over ${latency.count} messages: p50 ${latency.p50.toFixed(3)} ms, p99 ${latency.p99.toFixed(3)} ms, max ${latency.max.toFixed(3)} ms`);
}
