/** Sends reply activities to a channel's serviceUrl through botframework-connector's ConnectorClient. */
import type { ConnectorClient } from 'botframework-connector';
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

/** The SDK is loaded on the first reply sent to a channel (see auth.ts for why). */
export function createConnectorSender(appId?: string, appPassword?: string, tenantId?: string): ReplySender {
  let connect: Promise<(serviceUrl: string) => ConnectorClient> | undefined;
  const clientFor = async (serviceUrl: string): Promise<ConnectorClient> => {
    connect ??= import('botframework-connector').then((sdk) => {
      const credentials = new sdk.MicrosoftAppCredentials(appId ?? '', appPassword ?? '', tenantId);
      return (baseUri: string) => new sdk.ConnectorClient(credentials, { baseUri });
    });
    return (await connect)(serviceUrl);
  };
  const post = async (target: ReplyTarget, activity: Record<string, unknown>): Promise<void> => {
    const client = await clientFor(target.serviceUrl);
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
