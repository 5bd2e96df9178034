/** `npm run bench:match`: match latency for one profile, real catalogue and 1,000 synthetic schemes, in-process and over HTTP. */
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { Scheme } from '../src/core/scheme.js';
import { Catalogue, LiveCatalogue } from '../src/catalogue/catalogue.js';
import { loadSchemeFiles } from '../src/catalogue/load-files.js';
import { matchSchemes, type MatchRequest } from '../src/eligibility/recommend.js';
import { createApp } from '../src/http/app.js';
import { createTranslator, loadLocaleResources } from '../src/i18n/index.js';
import { percentiles, timeMs } from './stats.js';

const translator = createTranslator(loadLocaleResources('locales'));
const real = loadSchemeFiles('schemes');

/** 1,000 schemes made by cycling the real ones under new ids, so criteria and texts stay realistic. */
function synthetic(count: number): Scheme[] {
  return Array.from({ length: count }, (_, i) => {
    const base = real[i % real.length]!;
    return { ...base, id: `${base.id}-${i}`, name: { ...base.name, en: `${base.name.en} ${i}` } };
  });
}

const request: MatchRequest = {
  audience: 'business',
  profile: { registeredInSingapore: true, localShareholdingPct: 100, employees: { min: 10, max: 49 }, sector: 'food_services' },
  needs: ['digitalisation', 'hiring'],
  text: 'pos system for my cafe',
  today: '2026-11-27',
  lang: 'en',
  limit: 10,
  includeIneligible: false,
};

function inProcess(label: string, schemes: Scheme[], iterations = 2000) {
  const catalogue = new Catalogue(schemes);
  for (let i = 0; i < 200; i += 1) matchSchemes(catalogue, request, translator);
  const samples = Array.from({ length: iterations }, () => timeMs(() => matchSchemes(catalogue, request, translator)));
  console.log(`in-process  ${label.padEnd(22)} ${JSON.stringify(percentiles(samples))}`);
}

async function overHttp(label: string, schemes: Scheme[], iterations = 1000) {
  const app = createApp({ catalogue: new LiveCatalogue(schemes), translator, logger: pino({ level: 'silent' }) });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/match`;
  const body = JSON.stringify({ audience: request.audience, profile: request.profile, needs: request.needs, text: request.text });
  const send = async () => {
    const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    await response.arrayBuffer();
  };
  for (let i = 0; i < 100; i += 1) await send();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const started = process.hrtime.bigint();
    await send();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  server.close();
  console.log(`over HTTP   ${label.padEnd(22)} ${JSON.stringify(percentiles(samples))}`);
}

inProcess(`real (${real.length} schemes)`, real);
inProcess('synthetic (1000)', synthetic(1000));
await overHttp(`real (${real.length} schemes)`, real);
await overHttp('synthetic (1000)', synthetic(1000));
