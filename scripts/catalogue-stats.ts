/** `npm run catalogue:stats`: the catalogue's counts by audience, type and need, as Markdown for the README. */
import { loadSchemeFiles } from '../src/catalogue/load-files.js';
import { isOpen } from '../src/catalogue/localise.js';
import { NEEDS_BY_AUDIENCE, SCHEME_TYPES } from '../src/core/taxonomy.js';

const today = process.argv[2] ?? new Date().toISOString().slice(0, 10);
const schemes = loadSchemeFiles('schemes');
const open = schemes.filter((s) => isOpen(s, today));
const count = (filter: (s: (typeof schemes)[number]) => boolean) => open.filter(filter).length;

console.log(`Open on ${today}: **${open.length}** schemes (${count((s) => s.audience === 'business')} for businesses, ${count((s) => s.audience === 'individual')} for individuals and households); ${schemes.length - open.length} more are kept as ended (or not yet open) and never recommended.\n`);
console.log('| type | business | individual |\n|---|---|---|');
for (const type of SCHEME_TYPES) {
  const b = count((s) => s.type === type && s.audience === 'business');
  const i = count((s) => s.type === type && s.audience === 'individual');
  if (b + i > 0) console.log(`| ${type} | ${b} | ${i} |`);
}
for (const [audience, needs] of Object.entries(NEEDS_BY_AUDIENCE)) {
  console.log(`\n| need (${audience}) | open schemes |\n|---|---|`);
  for (const need of needs) console.log(`| ${need} | ${count((s) => s.audience === audience && s.needs.includes(need))} |`);
}
const verified = schemes.map((s) => s.lastVerified).sort();
console.log(`\nFacts last verified between ${verified[0]} and ${verified.at(-1)} (each scheme's \`lastVerified\`).`);
