/** What a Direct Line client may post: an activity, validated strictly; only the fields the bot uses are kept. */
import { z } from 'zod';

/** Longer messages are refused; the page stops typing at 1,000 characters and the dialogue reads 1,000. */
export const MAX_TEXT_LENGTH = 4000;

const ChannelDataSchema = z.object({
  clientActivityID: z.string().min(1).max(100).optional(),
  clientTimestamp: z.string().max(50).optional(),
  messageBack: z.object({ displayText: z.string().max(1000).optional() }).optional(),
  postBack: z.boolean().optional(),
});

/** An activity posted by a client; unknown fields are dropped, file uploads refused. */
export const PostedActivitySchema = z.object({
  type: z.string().min(1).max(100),
  text: z.string().max(MAX_TEXT_LENGTH).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  value: z.unknown().optional(),
  name: z.string().max(200).optional(),
  locale: z.string().max(50).optional(),
  channelData: ChannelDataSchema.optional(),
  attachments: z.array(z.unknown()).max(0, 'file uploads are not supported').optional(),
});

export type PostedActivity = z.infer<typeof PostedActivitySchema>;

/** The optional body of POST /conversations (directlinejs sends the user and the page locale). */
export const StartConversationSchema = z
  .object({ locale: z.string().max(50).optional(), user: z.object({ id: z.string().max(200).optional() }).optional() })
  .optional();

/** `watermark` is the last position the client has seen: empty or a non-negative integer. */
export const WatermarkSchema = z.union([z.literal(''), z.string().regex(/^\d{1,15}$/, 'must be a non-negative integer')]).optional();
