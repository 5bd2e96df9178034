/** POST /api/messages: the Bot Framework v3 activity endpoint for any channel, the Emulator included. */
import type { Logger } from 'pino';
import type { TurnOutput, UserInput } from '../core/dialogue.js';
import type { Translator } from '../core/i18n.js';
import type { LeanRoute } from '../http/lean-route.js';
import { HttpProblem, validationProblem } from '../http/problem.js';
import { InboundActivitySchema, conversationKey, type InboundActivity } from './activity.js';
import { isWellFormedBearer, type BotAuthenticator } from './auth.js';
import { renderTurn, type OutboundActivity } from './render.js';
import type { ReplySender, ReplyTarget } from './sender.js';
import type { RateLimiter } from '../http/rate-limit.js';
import { isServiceUrlAllowed } from './service-url.js';
import { expectRepliesBody, replyAddressOf, type ReplyAddress } from './replies.js';

/** Runs one turn of a conversation: in-process (ConversationRunner) or on a turn thread (TurnThreads). */
export interface TurnRunner {
  run(key: string, input: UserInput): TurnOutput | Promise<TurnOutput>;
  /**
   * The turn's expectReplies body (see replies.ts), built where the turn ran: a turn thread then hands back one
   * string instead of the replies as objects, which the main thread would copy, render and serialise again.
   */
  runToReplies?(key: string, input: UserInput, to: ReplyAddress): string | Promise<string>;
}

export interface BotFrameworkOptions {
  runner: TurnRunner;
  auth: BotAuthenticator;
  sender: ReplySender;
  translator: Translator;
  serviceUrlAllowlist: readonly string[];
  bodyLimitBytes: number;
  logger: Logger;
  /** Limits turns per conversation (all channel traffic arrives from the channel's few IPs). */
  rateLimiter?: RateLimiter;
}

/** What a turn takes from an activity, or undefined for activity types the bot does not act on. */
function toInput(activity: InboundActivity): UserInput | undefined {
  if (activity.type === 'message') {
    return { text: activity.text, value: activity.value, ...(activity.locale ? { locale: activity.locale } : {}) };
  }
  if (activity.type === 'conversationUpdate') {
    const botId = activity.recipient?.id;
    const userJoined = activity.membersAdded?.some((member) => member.id !== botId);
    return userJoined ? { event: 'start', ...(activity.locale ? { locale: activity.locale } : {}) } : undefined;
  }
  return undefined;
}

const json = (value: unknown) => ({ status: 200, json: JSON.stringify(value) });

/**
 * POST /api/messages, served as a lean route (http/lean-route.ts) because it takes every turn: a bearer token is
 * checked for shape before the body is read, then validated with the activity.
 */
export function botFrameworkEndpoint(options: BotFrameworkOptions): LeanRoute {
  return {
    method: 'POST',
    path: '/api/messages',
    bodyLimitBytes: options.bodyLimitBytes,
    precheck(headers) {
      if (options.auth.required && !isWellFormedBearer(headers.authorization)) {
        throw new HttpProblem(401, 'A valid Bot Framework bearer token is required.', [], 'about:blank', { 'WWW-Authenticate': 'Bearer' });
      }
    },
    handle: (body, headers) => handleActivity(options, body, headers.authorization),
  };
}

async function handleActivity(options: BotFrameworkOptions, body: unknown, authorization: string | undefined): Promise<{ status: number; json: string }> {
  const parsed = InboundActivitySchema.safeParse(body);
  if (!parsed.success) throw validationProblem(parsed.error, 'The activity is not valid.');
  const activity = parsed.data;
  try {
    await options.auth.authenticate(activity, authorization);
  } catch {
    options.logger.warn({ channelId: activity.channelId }, 'bot authentication failed');
    throw new HttpProblem(401, 'The bearer token is not valid for this bot.', [], 'about:blank', { 'WWW-Authenticate': 'Bearer' });
  }
  options.rateLimiter?.hit(`conversation:${conversationKey(activity)}`);
  const input = toInput(activity);
  const expectReplies = activity.deliveryMode === 'expectReplies';
  if (!input) return json(expectReplies ? { activities: [] } : {});
  if (!expectReplies && !isServiceUrlAllowed(activity.serviceUrl, options.serviceUrlAllowlist)) {
    options.logger.warn({ channelId: activity.channelId }, 'serviceUrl outside the allow-list');
    throw new HttpProblem(403, 'The serviceUrl of this activity is not on the allow-list.');
  }
  const key = conversationKey(activity);
  if (expectReplies) {
    const to = replyAddressOf(activity);
    const replies = options.runner.runToReplies
      ? await options.runner.runToReplies(key, input, to)
      : expectRepliesBody(await options.runner.run(key, input), to, options.translator);
    return { status: 200, json: replies };
  }
  if (input.event !== 'start') await sendTyping(options, activity);
  const output = await options.runner.run(key, input);
  const activities = renderTurn(output, {
    channelId: activity.channelId,
    recipientId: activity.from.id,
    submitTitle: options.translator.t(output.language, 'dialogue:button.submit'),
  });
  await deliver(options, activity, activities);
  return json({});
}

function targetOf(activity: InboundActivity): ReplyTarget {
  return {
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    channelId: activity.channelId,
    recipient: activity.from,
    ...(activity.recipient ? { from: activity.recipient } : {}),
    ...(activity.id ? { replyToId: activity.id } : {}),
  };
}

/** The typing indicator is a courtesy: a failure to send it is logged and the turn goes on. */
async function sendTyping(options: BotFrameworkOptions, activity: InboundActivity): Promise<void> {
  try {
    await options.sender.typing(targetOf(activity));
  } catch (error) {
    options.logger.warn({ channelId: activity.channelId, err: error instanceof Error ? error.message : String(error) }, 'typing indicator not sent');
  }
}

async function deliver(options: BotFrameworkOptions, activity: InboundActivity, activities: OutboundActivity[]): Promise<void> {
  try {
    await options.sender.send(targetOf(activity), activities);
  } catch (error) {
    // The turn is already saved; the channel can fetch nothing back, so the failure is logged, not lost silently.
    options.logger.error({ channelId: activity.channelId, err: error instanceof Error ? error.message : String(error) }, 'sending replies failed');
    throw new HttpProblem(502, 'The replies could not be delivered to the channel.');
  }
}
