/** Builds the real NLU once per test file, from intents/ and a few catalogue schemes. */
import type { SchemeMention } from '../../src/core/nlu.js';
import type { Language } from '../../src/core/taxonomy.js';
import { loadLexicons, loadTrainingSets } from '../../src/data/intents.js';
import { createNlu, trainIntentModel, type NluEngine } from '../../src/nlu/index.js';
import { EXTENSION_ENTITIES } from '../../src/nlu/types.js';
import { catalogueMentions } from '../../scripts/catalogue-mentions.js';

export const SCHEMES: SchemeMention[] = [
  { id: 'productivity-solutions-grant', acronym: 'PSG', names: ['Productivity Solutions Grant', 'Geran Penyelesaian Produktiviti', '生产力解决方案津贴', 'உற்பத்தித்திறன் தீர்வுகள் மானியம்'] },
  { id: 'enterprise-development-grant', acronym: 'EDG', names: ['Enterprise Development Grant', '企业发展补助金'] },
  { id: 'community-health-assist-scheme', acronym: 'CHAS', names: ['Community Health Assist Scheme'] },
  { id: 'silver-support-scheme', names: ['Silver Support Scheme'] },
  { id: 'baby-bonus-cash-gift', names: ['Baby Bonus Cash Gift'] },
  { id: 'senior-employment-credit', acronym: 'SEC', names: ['Senior Employment Credit'] },
  { id: 'leadership-development-programme', acronym: 'LEAD', names: ['Leadership Development Programme'] },
];

let built: NluEngine | undefined;

/** The NLU trained on the real training sets, with the catalogue's schemes (memoised within a test file). */
export function realNlu(): NluEngine {
  if (!built) {
    const lexicons = loadLexicons();
    const catalogue = catalogueMentions();
    const known = new Set(catalogue.map((scheme) => scheme.id));
    const schemes = [...catalogue, ...SCHEMES.filter((scheme) => !known.has(scheme.id))];
    const model = trainIntentModel(loadTrainingSets(), { lexicons, schemes });
    built = createNlu({ model, lexicons, schemes });
  }
  return built;
}

/** CONTRACT entities as `entity=value@text` strings, for compact assertions (extension entities are tested apart). */
export function entitiesOf(nlu: NluEngine, text: string, hint?: Language): string[] {
  return nlu
    .parse(text, hint ? { hint } : {})
    .entities.filter((entity) => !EXTENSION_ENTITIES.includes(entity.entity))
    .map((entity) => `${entity.entity}=${entity.value}@${text.slice(entity.start, entity.end)}`);
}

/** Extension entities (audience, housing type) as `entity=value` strings. */
export function extensionEntitiesOf(nlu: NluEngine, text: string): string[] {
  return nlu.parse(text).entities.filter((entity) => EXTENSION_ENTITIES.includes(entity.entity)).map((entity) => `${entity.entity}=${entity.value}`);
}
