/** The NLU's view of the catalogue: each scheme's acronym and its names in every language. */
import type { SchemeMention } from '../core/nlu.js';
import type { Scheme } from '../core/scheme.js';

/** Scheme mentions for createNlu / withSchemes, from catalogue schemes. */
export function schemeMentions(schemes: readonly Pick<Scheme, 'id' | 'acronym' | 'name'>[]): SchemeMention[] {
  return schemes.map((scheme) => ({
    id: scheme.id,
    ...(scheme.acronym ? { acronym: scheme.acronym } : {}),
    names: [...new Set(Object.values(scheme.name).filter((name): name is string => typeof name === 'string' && name.trim() !== ''))],
  }));
}
