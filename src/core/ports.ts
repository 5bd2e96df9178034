/** The store ports the conversation runner needs; store/ implements them, tests use in-memory doubles. */
import type { ConversationState, TurnEffect } from './dialogue.js';
import type { Language } from './taxonomy.js';

export interface StoredConversation {
  state: ConversationState;
  updatedAt: string;
}

export interface ConversationStore {
  load(key: string): StoredConversation | undefined;
  /** Saves the state and carries out the turn's effects atomically. */
  commit(key: string, state: ConversationState | undefined, effects: readonly TurnEffect[], language: Language): void;
}
