/** Renders the dialogue's replies as Bot Framework activities: text, suggested actions, hero cards, channelData.eAdviser. */
import type { Choice, Reply, SchemeCard, TurnOutput } from '../core/dialogue.js';
import type { Language } from '../core/taxonomy.js';

export const CHANNEL_LOCALES: Record<Language, string> = { en: 'en-SG', ms: 'ms-SG', zh: 'zh-SG', ta: 'ta-SG' };

/** Channels whose clients render Adaptive Cards (used for the multi-select needs question). */
const ADAPTIVE_CARD_CHANNELS = new Set(['webchat', 'directline', 'emulator', 'msteams', 'test']);

export interface OutboundActivity {
  type: 'message';
  text?: string;
  textFormat: 'plain';
  locale: string;
  inputHint: 'expectingInput' | 'acceptingInput';
  suggestedActions?: { actions: CardAction[]; to?: string[] };
  attachments?: { contentType: string; content: unknown }[];
  attachmentLayout?: 'carousel' | 'list';
  channelData: { eAdviser: Record<string, unknown> };
  [key: string]: unknown;
}

interface CardAction {
  type: 'messageBack' | 'openUrl';
  title: string;
  value?: unknown;
  displayText?: string;
  text?: string;
}

function action(choice: Choice): CardAction {
  if (choice.url) return { type: 'openUrl', title: choice.title, value: choice.url };
  return { type: 'messageBack', title: choice.title, displayText: choice.title, value: choice.value };
}

function heroCard(card: SchemeCard) {
  return {
    contentType: 'application/vnd.microsoft.card.hero',
    content: {
      title: card.title,
      subtitle: `${card.statusLabel} · ${card.agency}`,
      text: [card.summary, ...card.reasons.map((reason) => `• ${reason}`)].join('\n\n'),
      buttons: card.buttons.map(action),
    },
  };
}

/** A multi-select question as an Adaptive Card; submitting sends `{ field, value: "a,b" }` as the CONTRACT allows. */
function multiSelectCard(reply: Reply, submitTitle: string) {
  const question = reply.question!;
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: {
      type: 'AdaptiveCard',
      version: '1.3',
      speak: reply.text ?? '',
      // The question is the choice set's label: shown above the boxes and its accessible name (axe: select-name).
      body: [
        {
          type: 'Input.ChoiceSet', id: 'value', label: reply.text ?? '', isMultiSelect: true, style: 'expanded',
          choices: (question.options ?? []).map((option) => ({ title: option.title, value: String(option.value) })),
        },
      ],
      actions: [{ type: 'Action.Submit', title: submitTitle, data: { field: question.field } }],
    },
  };
}

export interface RenderOptions {
  channelId: string;
  recipientId?: string;
  /** The label of the multi-select submit button, in the conversation's language. */
  submitTitle: string;
}

export function renderReply(reply: Reply, language: Language, options: RenderOptions): OutboundActivity {
  const eAdviser: Record<string, unknown> = { language };
  if (reply.question) eAdviser.question = { field: reply.question.field, ...(reply.question.options ? { options: reply.question.options } : {}) };
  if (reply.schemes) eAdviser.schemes = reply.schemes;
  const activity: OutboundActivity = {
    type: 'message',
    textFormat: 'plain',
    locale: CHANNEL_LOCALES[language],
    inputHint: reply.question ? 'expectingInput' : 'acceptingInput',
    channelData: { eAdviser },
  };
  const multiSelect = reply.question?.multiSelect && ADAPTIVE_CARD_CHANNELS.has(options.channelId);
  if (multiSelect) activity.attachments = [multiSelectCard(reply, options.submitTitle)];
  else if (reply.text) activity.text = reply.text;
  if (reply.cards?.length) {
    activity.attachments = reply.cards.map(heroCard);
    activity.attachmentLayout = 'carousel';
  }
  if (reply.choices?.length) {
    const choices = multiSelect ? reply.choices.filter((c) => c.value?.value === null) : reply.choices;
    if (choices.length > 0) {
      activity.suggestedActions = { actions: choices.map(action), ...(options.recipientId ? { to: [options.recipientId] } : {}) };
    }
  }
  return activity;
}

export function renderTurn(output: TurnOutput, options: RenderOptions): OutboundActivity[] {
  return output.replies.map((reply) => renderReply(reply, output.language, options));
}
