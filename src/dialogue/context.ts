/** One turn's working context: the state being changed, the replies and effects collected, and the dependencies. */
import type { ConversationState, Reply, TurnEffect } from '../core/dialogue.js';
import type { TranslationParams, Translator } from '../core/i18n.js';
import type { Nlu } from '../core/nlu.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { RankedScheme } from '../eligibility/match.js';

export interface DialogueDeps {
  nlu: () => Nlu;
  catalogue: () => Catalogue;
  translator: Translator;
  /** Today as YYYY-MM-DD. */
  today: () => string;
  retentionDays: number;
}

export class TurnContext {
  readonly replies: Reply[] = [];
  readonly effects: TurnEffect[] = [];
  /** Set when the conversation is erased: nothing is saved after the turn. */
  erased = false;
  /** The last ranking computed in this turn, with the state it was computed for. */
  ranking?: { key: string; ranked: RankedScheme[] };

  constructor(
    readonly deps: DialogueDeps,
    public state: ConversationState,
    readonly catalogue: Catalogue,
  ) {}

  /** A string in the conversation's language, from the `dialogue` namespace unless `key` names one. */
  t(key: string, params?: TranslationParams): string {
    return this.deps.translator.t(this.state.language, key.includes(':') ? key : `dialogue:${key}`, params);
  }

  say(key: string, params?: TranslationParams, extra: Omit<Reply, 'text'> = {}): Reply {
    const reply: Reply = { text: this.t(key, params), ...extra };
    this.replies.push(reply);
    return reply;
  }

  push(reply: Reply): void {
    this.replies.push(reply);
  }

  effect(effect: TurnEffect): void {
    this.effects.push(effect);
  }
}
