/** An in-memory ConversationStore, for the terminal chat and tests; effects are kept in a list. */
import type { ConversationState, TurnEffect } from '../core/dialogue.js';
import type { ConversationStore, StoredConversation } from '../core/ports.js';

export class MemoryConversationStore implements ConversationStore {
  readonly conversations = new Map<string, StoredConversation>();
  readonly effects: { key: string; effect: TurnEffect }[] = [];

  constructor(private readonly now: () => Date = () => new Date()) {}

  load(key: string): StoredConversation | undefined {
    const stored = this.conversations.get(key);
    return stored ? structuredClone(stored) : undefined;
  }

  commit(key: string, state: ConversationState | undefined, effects: readonly TurnEffect[]): void {
    for (const effect of effects) {
      this.effects.push({ key, effect });
      if (effect.type === 'forget') this.conversations.delete(key);
    }
    if (state && !effects.some((effect) => effect.type === 'forget')) {
      this.conversations.set(key, { state: structuredClone(state), updatedAt: this.now().toISOString() });
    }
  }
}
