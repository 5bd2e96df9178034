/** `npm run schemes:check [files…]`: validates scheme files, runs their examples and editorial checks. */
import { readFileSync } from 'node:fs';
import { parseSchemeYaml, listSchemeFiles, formatFileProblem } from '../src/catalogue/load-files.js';
import { qualityProblems } from '../src/catalogue/quality.js';
import { failingExamples } from '../src/eligibility/examples.js';

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : listSchemeFiles('schemes');
let bad = 0;
const ids = new Map<string, string>();
const names = new Map<string, string>();
for (const file of files) {
  const { scheme, problems } = parseSchemeYaml(readFileSync(file, 'utf8'), file);
  const messages = problems.map(formatFileProblem);
  if (scheme) {
    messages.push(...qualityProblems(scheme).map((p) => `${file} ${p.path}: ${p.message}`));
    messages.push(
      ...failingExamples(scheme).map((f) => `${file} examples.${f.index} (${f.name}): expected ${f.expected}, got ${f.actual}`),
    );
    for (const [seen, key] of [[ids, scheme.id], [names, scheme.name.en.toLowerCase()]] as const) {
      if (seen.has(key)) messages.push(`${file}: '${key}' is also used by ${seen.get(key)}`);
      seen.set(key, file);
    }
  }
  if (messages.length > 0) {
    bad += 1;
    console.log(messages.join('\n'));
  }
}
console.log(`${files.length} file(s) checked, ${bad} with problems`);
process.exitCode = bad > 0 ? 1 : 0;
