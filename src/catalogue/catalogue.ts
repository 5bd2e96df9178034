/** An immutable snapshot of the live catalogue with its search index, and the holder that swaps snapshots whole. */
import type { Scheme } from '../core/scheme.js';
import { SearchIndex } from './search.js';

export class Catalogue {
  readonly byId: ReadonlyMap<string, Scheme>;
  readonly index: SearchIndex;

  constructor(readonly schemes: readonly Scheme[]) {
    this.byId = new Map(schemes.map((scheme) => [scheme.id, scheme]));
    this.index = new SearchIndex(schemes);
  }

  get(id: string): Scheme | undefined {
    return this.byId.get(id);
  }
}

export type CatalogueListener = (catalogue: Catalogue) => void;

/**
 * Holds the current snapshot. `replace` builds the new snapshot (index included) before swapping,
 * so a turn sees either the old catalogue or the new one, never half of a change.
 */
export class LiveCatalogue {
  private snapshot: Catalogue;
  private readonly listeners: CatalogueListener[] = [];

  constructor(schemes: readonly Scheme[]) {
    this.snapshot = new Catalogue(schemes);
  }

  current(): Catalogue {
    return this.snapshot;
  }

  replace(schemes: readonly Scheme[]): Catalogue {
    const next = new Catalogue(schemes);
    this.snapshot = next;
    for (const listener of this.listeners) listener(next);
    return next;
  }

  onChange(listener: CatalogueListener): void {
    this.listeners.push(listener);
  }
}
