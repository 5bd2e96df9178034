/** `npm run test:fuzz [-- --rounds 20]`: fuzzes every route of the composed app over loopback and reports. */
import { parseArgs } from 'node:util';
import { fuzzComposedApp } from './lib/fuzz-app.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '20' } } });
const started = Date.now();
const result = await fuzzComposedApp(Number(values.rounds));
console.log(`${result.sent} malformed requests in ${((Date.now() - started) / 1000).toFixed(1)} s; by status ${JSON.stringify(result.byStatus)}`);
console.log(`Object.prototype polluted: ${'polluted' in Object.prototype}`);
for (const failure of result.failures.slice(0, 50)) console.log(`FAIL ${failure}`);
process.exitCode = result.failures.length > 0 || 'polluted' in Object.prototype ? 1 : 0;
