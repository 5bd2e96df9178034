/** A Direct Line conversation: start or resume it, post an activity (echo + turn + replies), read the log from a watermark. */
import { randomBytes } from 'node:crypto';
import type { Translator } from '../../core/i18n.js';
import { redactPersonalData } from '../../core/redact.js';
import type { TurnOutput, UserInput } from '../../core/dialogue.js';
import { conversationKey } from '../activity.js';
import type { TurnRunner } from '../bot-framework.js';
import { renderTurn } from '../render.js';
import type { PostedActivity } from './schema.js';
import type { TokenClaims } from './tokens.js';

/** The channelId of Direct Line activities, and the prefix of their conversation keys. */
export const DIRECT_LINE_CHANNEL_ID = 'directline';
/** At most this many activities per read; the client asks again from the new watermark. */
const READ_LIMIT = 100;
const BOT_ACCOUNT = { id: 'e-adviser-bot', name: 'e-adviser', role: 'bot' };

/** The activity log port; store/direct-line.ts implements it over SQLite. */
export interface ActivityLog {
  append(key: string, activities: readonly Record<string, unknown>[], at: string): number[];
  since(key: string, afterSeq: number, limit: number): { seq: number; activity: Record<string, unknown> }[];
  has(key: string): boolean;
}

/** What a Direct Line conversation needs: the one turn runner, the log, the translator (button titles) and a clock. */
export interface ConversationsOptions {
  runner: TurnRunner;
  log: ActivityLog;
  translator: Translator;
  now: () => Date;
}

/** The conversation key the runner and the log use for a Direct Line conversation. */
export function directLineKey(conversationId: string): string {
  return conversationKey({ channelId: DIRECT_LINE_CHANNEL_ID, conversation: { id: conversationId } });
}

function activityId(conversationId: string): string {
  return `${conversationId}|${randomBytes(9).toString('base64url')}`;
}

/** The Direct Line conversations: wire activities ↔ the runner's `{ text, value, locale }` and rendered replies, in the log. */
export class DirectLineConversations {
  constructor(private readonly options: ConversationsOptions) {}

  /** Starts the conversation with the bot's welcome, or resumes it (nothing new) when its log has anything. */
  async start(claims: TokenClaims, locale: string | undefined): Promise<void> {
    const key = directLineKey(claims.conv);
    if (this.options.log.has(key)) return;
    const output = await this.options.runner.run(key, { event: 'start', ...(locale ? { locale } : {}) });
    this.options.log.append(key, this.replies(claims, output), this.options.now().toISOString());
  }

  /**
   * Runs the turn for a message, then logs the user's activity with a server id (keeping its
   * clientActivityID, so Web Chat sees its message delivered) and the replies after it. Returns the user activity's id.
   */
  async post(claims: TokenClaims, posted: PostedActivity): Promise<string> {
    const key = directLineKey(claims.conv);
    const at = this.options.now().toISOString();
    const echo = this.echo(claims, posted, at);
    if (posted.type === 'typing') return echo.id;
    // The turn runs before anything is logged: forget_me erases the log, and the echo and the reply must survive that.
    const output = posted.type === 'message' ? await this.options.runner.run(key, this.input(posted)) : undefined;
    const replies = output ? this.replies(claims, output, echo.id, at) : [];
    this.options.log.append(key, [echo, ...replies], at);
    return echo.id;
  }

  /** The activities after `watermark`, and the watermark to ask from next. */
  read(claims: TokenClaims, watermark: number): { activities: Record<string, unknown>[]; watermark: string } {
    const logged = this.options.log.since(directLineKey(claims.conv), watermark, READ_LIMIT);
    return { activities: logged.map((entry) => entry.activity), watermark: String(logged.at(-1)?.seq ?? watermark) };
  }

  private input(posted: PostedActivity): UserInput {
    return {
      ...(posted.text !== undefined ? { text: posted.text } : {}),
      ...(posted.value !== undefined ? { value: posted.value } : {}),
      ...(posted.locale ? { locale: posted.locale } : {}),
    };
  }

  /**
   * The text the transcript shows for the user's activity, masked of identity numbers, phones and e-mails (the turn
   * saw it whole). A button press (messageBack, sent with empty text) shows its displayText, which Web Chat hides
   * unless it comes back as text.
   */
  private shownText(posted: PostedActivity): string | undefined {
    return posted.text || posted.channelData?.messageBack?.displayText || posted.text;
  }

  private echo(claims: TokenClaims, posted: PostedActivity, at: string) {
    const channelData = posted.channelData ?? {};
    const text = this.shownText(posted);
    return {
      type: posted.type,
      id: activityId(claims.conv),
      timestamp: at,
      channelId: DIRECT_LINE_CHANNEL_ID,
      conversation: { id: claims.conv },
      from: { id: claims.user, role: 'user' },
      recipient: BOT_ACCOUNT,
      ...(text !== undefined ? { text: redactPersonalData(text) } : {}),
      ...(posted.textFormat ? { textFormat: posted.textFormat } : {}),
      ...(posted.value !== undefined ? { value: posted.value } : {}),
      ...(posted.name ? { name: posted.name } : {}),
      ...(posted.locale ? { locale: posted.locale } : {}),
      channelData: {
        ...(channelData.clientActivityID ? { clientActivityID: channelData.clientActivityID } : {}),
        ...(channelData.clientTimestamp ? { clientTimestamp: channelData.clientTimestamp } : {}),
        ...(channelData.messageBack ? { messageBack: channelData.messageBack } : {}),
        ...(channelData.postBack ? { postBack: true } : {}),
      },
    };
  }

  private replies(claims: TokenClaims, output: TurnOutput, replyToId?: string, at = this.options.now().toISOString()) {
    const rendered = renderTurn(output, {
      channelId: DIRECT_LINE_CHANNEL_ID,
      recipientId: claims.user,
      submitTitle: this.options.translator.t(output.language, 'dialogue:button.submit'),
    });
    return rendered.map((activity) => ({
      ...activity,
      id: activityId(claims.conv),
      timestamp: at,
      channelId: DIRECT_LINE_CHANNEL_ID,
      conversation: { id: claims.conv },
      from: BOT_ACCOUNT,
      recipient: { id: claims.user, role: 'user' },
      ...(replyToId ? { replyToId } : {}),
    }));
  }
}
