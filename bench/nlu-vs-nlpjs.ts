/**
 * The same training and held-out test phrases through nlp.js (@nlpjs/nlp with the en, ms, zh and ta
 * language packs) and through our NLU: intent accuracy per language, parse latency p50/p99, build time.
 * Run: npx tsx bench/nlu-vs-nlpjs.ts   (results go into bench/README.md, section "## NLU")
 */
import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en';
import { LangMs } from '@nlpjs/lang-ms';
import { LangTa } from '@nlpjs/lang-ta';
import { LangZh } from '@nlpjs/lang-zh';
import { Nlp } from '@nlpjs/nlp';
import type { Language } from '../src/core/taxonomy.js';
import { loadLexicons, loadTrainingSets } from '../src/data/intents.js';
import { evaluate } from '../src/nlu/index.js';
import { trainAndBuild } from '../scripts/lib/nlu-build.js';
import { catalogueMentions } from '../scripts/catalogue-mentions.js';

interface NlpJs {
  settings: Record<string, unknown>;
  addLanguage(lang: string): void;
  addDocument(lang: string, text: string, intent: string): void;
  train(): Promise<void>;
  process(lang: string, text: string): Promise<{ intent: string; score: number }>;
}

const sets = loadTrainingSets();
const lexicons = loadLexicons();
const schemes = catalogueMentions();
const tests = sets.flatMap((set) =>
  Object.entries(set.intents).flatMap(([intent, data]) => (data?.tests ?? []).map((text) => ({ lang: set.language, intent, text }))),
);
const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

async function nlpJs() {
  const started = performance.now();
  const container = await containerBootstrap();
  container.use(Nlp);
  for (const pack of [LangEn, LangMs, LangZh, LangTa]) container.use(pack);
  const nlp = container.get('nlp') as NlpJs;
  Object.assign(nlp.settings, { autoSave: false, autoLoad: false, log: false, nlu: { log: false } });
  for (const set of sets) {
    nlp.addLanguage(set.language);
    for (const [intent, data] of Object.entries(set.intents)) for (const text of data?.train ?? []) nlp.addDocument(set.language, text, intent);
  }
  // nlp.js's neural network prints every epoch; keep the benchmark's output readable.
  const print = console.log;
  console.log = () => undefined;
  try {
    await nlp.train();
  } finally {
    console.log = print;
  }
  const trainMs = performance.now() - started;
  const correct: Partial<Record<Language, [number, number]>> = {};
  for (const test of tests) {
    const result = await nlp.process(test.lang, test.text);
    const predicted = !result.intent || result.intent === 'None' ? 'out_of_scope' : result.intent;
    const tally = (correct[test.lang] ??= [0, 0]);
    tally[1] += 1;
    if (predicted === test.intent) tally[0] += 1;
  }
  const parse = async (test: (typeof tests)[number]) => nlp.process(test.lang, test.text);
  return { trainMs, accuracy: correct, parse };
}

function ours() {
  const { nlu, trainMs, warmBuildMs } = trainAndBuild(sets, lexicons, schemes);
  const report = evaluate(nlu, sets);
  const accuracy: Partial<Record<Language, [number, number]>> = {};
  for (const [lang, scores] of Object.entries(report.languages)) accuracy[lang as Language] = [scores!.intents.correct, scores!.intents.total];
  const parse = async (test: (typeof tests)[number]) => nlu.parse(test.text, { hint: test.lang });
  return { trainMs, warmBuildMs, accuracy, parse };
}

/** Wall-clock p50/p99 of one pass over every test phrase, each call awaited the same way for both engines. */
async function pass(parse: (test: (typeof tests)[number]) => Promise<unknown>) {
  const times: number[] = [];
  for (const test of tests) {
    const start = performance.now();
    await parse(test);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p99: at(0.99) };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const PASSES = 7;
const nlpjsEngine = await nlpJs();
const ourEngine = ours();
// Interleaved passes after a warm-up pass each; the median pass resists noise from other processes.
await pass(nlpjsEngine.parse);
await pass(ourEngine.parse);
const runs = { theirs: [] as { p50: number; p99: number }[], ours: [] as { p50: number; p99: number }[] };
for (let round = 0; round < PASSES; round += 1) {
  runs.theirs.push(await pass(nlpjsEngine.parse));
  runs.ours.push(await pass(ourEngine.parse));
}
const summary = (list: { p50: number; p99: number }[]) => ({ p50: median(list.map((run) => run.p50)), p99: median(list.map((run) => run.p99)) });
const theirs = { ...nlpjsEngine, ...summary(runs.theirs) };
const our = { ...ourEngine, ...summary(runs.ours) };
const rows = ['| engine | ' + sets.map((set) => set.language).join(' | ') + ' | p50 parse | p99 parse | training |', '|---|' + sets.map(() => '---|').join('') + '---|---|---|'];
for (const [name, result] of [['nlp.js 4 (@nlpjs/nlp + lang packs)', theirs], ['ours (src/nlu)', our]] as const) {
  const cells = sets.map((set) => {
    const [correct, total] = result.accuracy[set.language] ?? [0, 0];
    return `${percent(correct / total)} (${correct}/${total})`;
  });
  rows.push(`| ${name} | ${cells.join(' | ')} | ${result.p50.toFixed(3)} ms | ${result.p99.toFixed(3)} ms | ${(result.trainMs / 1000).toFixed(1)} s |`);
}
console.log(rows.join('\n'));
console.log(`\nOurs: building from the cached model took ${our.warmBuildMs.toFixed(0)} ms. ${tests.length} held-out phrases; latency = median of ${PASSES} interleaved passes.`);
