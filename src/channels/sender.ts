/** Sends reply activities to a channel's serviceUrl through botframework-connector's ConnectorClient. */
import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import type { OutboundActivity } from './render.js';

export interface ReplyTarget {
  serviceUrl: string;
  conversationId: string;
  replyToId?: string;
  from?: { id: string; name?: string };
  recipient?: { id: string; name?: string };
  channelId: string;
}

export interface ReplySender {
  send(target: ReplyTarget, activities: OutboundActivity[]): Promise<void>;
  /** Shows "typing…" in the channel while the turn runs. */
  typing(target: ReplyTarget): Promise<void>;
}

export function createConnectorSender(appId?: string, appPassword?: string, tenantId?: string): ReplySender {
  const credentials = new MicrosoftAppCredentials(appId ?? '', appPassword ?? '', tenantId);
  const post = async (target: ReplyTarget, activity: Record<string, unknown>): Promise<void> => {
    const client = new ConnectorClient(credentials, { baseUri: target.serviceUrl });
    const addressed = {
      ...activity,
      channelId: target.channelId,
      conversation: { id: target.conversationId },
      ...(target.from ? { from: target.from } : {}),
      ...(target.recipient ? { recipient: target.recipient } : {}),
      ...(target.replyToId ? { replyToId: target.replyToId } : {}),
    };
    if (target.replyToId) await client.conversations.replyToActivity(target.conversationId, target.replyToId, addressed as never);
    else await client.conversations.sendToConversation(target.conversationId, addressed as never);
  };
  return {
    async send(target, activities) {
      for (const activity of activities) await post(target, activity);
    },
    typing: (target) => post(target, { type: 'typing' }),
  };
}
