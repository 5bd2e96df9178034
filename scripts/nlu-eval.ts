/**
 * `npm run nlu:eval`: trains on intents/<lang>.yaml, scores the held-out tests (intent accuracy per
 * language, language id, entity precision/recall, confusions) and measures build time and parse latency.
 * Flags: --errors prints every language-id and entity error; --cv adds 5-fold cross-validation on the
 * training phrases; --json prints the whole report as JSON.
 */
import { loadLexicons, loadTrainingSets } from '../src/data/intents.js';
import { crossValidate, evaluate, formatReport, latencyPercentiles } from '../src/nlu/index.js';
import { trainAndBuild } from './lib/nlu-build.js';
import { catalogueMentions } from './catalogue-mentions.js';

const args = new Set(process.argv.slice(2));
const sets = loadTrainingSets();
const lexicons = loadLexicons();
const schemes = catalogueMentions();

const { nlu, trainMs, warmBuildMs, modelBytes } = trainAndBuild(sets, lexicons, schemes);

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
  console.log(`\nTraining (cold): ${trainMs.toFixed(0)} ms; building from the cached model (warm): ${warmBuildMs.toFixed(0)} ms; model ${(modelBytes / 1024).toFixed(0)} KiB`);
  if (args.has('--cv')) {
    const folds = crossValidate(sets, { lexicons, schemes });
    const line = Object.entries(folds).map(([lang, scores]) => `${lang} ${(scores!.accuracy * 100).toFixed(1)}%`).join(', ');
    console.log(`5-fold cross-validation on the training phrases: ${line}`);
  }
  console.log(`Parse latency over ${latency.count} messages: p50 ${latency.p50.toFixed(3)} ms, p99 ${latency.p99.toFixed(3)} ms, max ${latency.max.toFixed(3)} ms`);
}
