/** The one place a turn runs: load state → understand and decide (turn) → save with effects → reply. */
import type { TurnOutput, UserInput } from '../core/dialogue.js';
import type { ConversationStore } from '../core/ports.js';
import { turn, type DialogueDeps } from './turn.js';

export interface RunnerOptions {
  store: ConversationStore;
  dialogue: DialogueDeps;
  now?: () => Date;
}

export class ConversationRunner {
  constructor(private readonly options: RunnerOptions) {}

  /**
   * Runs one turn for the conversation `key` (channel + conversation id). The new state is committed
   * before the replies are returned, so a crash never loses an acknowledged turn. A conversation idle
   * longer than the retention period starts afresh.
   */
  run(key: string, input: UserInput): TurnOutput {
    const { store, dialogue } = this.options;
    const now = this.options.now?.() ?? new Date();
    const loaded = store.load(key);
    const expired = loaded && now.getTime() - Date.parse(loaded.updatedAt) > dialogue.retentionDays * 86_400_000;
    const result = turn(expired ? undefined : loaded?.state, input, dialogue);
    store.commit(key, result.state, result.effects, result.output.language);
    return result.output;
  }
}
