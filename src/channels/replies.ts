/** The expectReplies response body: the turn's replies rendered as Bot Framework activities addressed back to the sender. */
import type { TurnOutput } from '../core/dialogue.js';
import type { Translator } from '../core/i18n.js';
import type { InboundActivity } from './activity.js';
import { renderTurn, type OutboundActivity } from './render.js';

interface Account {
  id: string;
  name?: string;
  role?: string;
}

/** Where the replies go: plain data, so a turn thread can address them too. */
export interface ReplyAddress {
  channelId: string;
  conversationId: string;
  /** The bot's account (the inbound recipient), when the channel named it. */
  bot?: Account;
  user: Account;
  replyToId?: string;
}

export function replyAddressOf(inbound: InboundActivity): ReplyAddress {
  return {
    channelId: inbound.channelId,
    conversationId: inbound.conversation.id,
    ...(inbound.recipient ? { bot: inbound.recipient } : {}),
    user: inbound.from,
    ...(inbound.id ? { replyToId: inbound.id } : {}),
  };
}

export function addressed(outbound: OutboundActivity, to: ReplyAddress): OutboundActivity {
  return {
    ...outbound,
    channelId: to.channelId,
    conversation: { id: to.conversationId },
    ...(to.bot ? { from: to.bot } : {}),
    recipient: to.user,
    ...(to.replyToId ? { replyToId: to.replyToId } : {}),
  };
}

/** The JSON body `{ activities }` of an expectReplies turn. */
export function expectRepliesBody(output: TurnOutput, to: ReplyAddress, translator: Translator): string {
  const activities = renderTurn(output, {
    channelId: to.channelId,
    recipientId: to.user.id,
    submitTitle: translator.t(output.language, 'dialogue:button.submit'),
  });
  return JSON.stringify({ activities: activities.map((activity) => addressed(activity, to)) });
}
