/** Creating and resetting conversation state. */
import type { ConversationState } from '../core/dialogue.js';
import type { Language } from '../core/taxonomy.js';

export function initialState(language: Language): ConversationState {
  return {
    language,
    profile: {},
    needs: [],
    skipped: [],
    history: [],
    questionsInRow: 0,
    shownCount: 0,
    resultsShown: false,
    welcomed: false,
    turns: 0,
  };
}

/** A fresh journey that keeps only the language (restart). */
export function restartedState(state: ConversationState): ConversationState {
  return { ...initialState(state.language), welcomed: true, turns: state.turns };
}

/** A deep copy, so a turn never mutates the state it was given. State is plain JSON (it is stored as JSON), and this is several times faster than structuredClone. */
export function cloneState(state: ConversationState): ConversationState {
  return JSON.parse(JSON.stringify(state)) as ConversationState;
}
