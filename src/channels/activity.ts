/** The inbound Bot Framework activity, validated: enough of the schema to act on, nothing lenient. */
import { z } from 'zod';

const channelAccount = z.object({ id: z.string().min(1).max(500), name: z.string().max(500).optional(), role: z.string().max(50).optional() });

export const InboundActivitySchema = z.object({
  type: z.string().min(1).max(100),
  id: z.string().max(500).optional(),
  channelId: z.string().min(1).max(200),
  serviceUrl: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2000),
  conversation: z.object({ id: z.string().min(1).max(500) }).loose(),
  from: channelAccount.loose(),
  recipient: channelAccount.loose().optional(),
  text: z.string().max(10_000).optional(),
  value: z.unknown().optional(),
  locale: z.string().max(50).optional(),
  deliveryMode: z.string().max(50).optional(),
  membersAdded: z.array(channelAccount.loose()).max(100).optional(),
  channelData: z.unknown().optional(),
  replyToId: z.string().max(500).optional(),
}).loose();

export type InboundActivity = z.infer<typeof InboundActivitySchema>;

/** The conversation key the store uses: channel + conversation id. */
export function conversationKey(activity: Pick<InboundActivity, 'channelId' | 'conversation'>): string {
  return `${activity.channelId}:${activity.conversation.id}`;
}
