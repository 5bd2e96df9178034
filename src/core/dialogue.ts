/** The dialogue's channel-neutral model: what a turn takes in, what it gives back, and what it keeps. */
import type { Profile, ProfileField, ProfileValue } from './profile.js';
import type { Audience, EligibilityStatus, Language, Need } from './taxonomy.js';

/** A normalised user message from any channel (CONTRACT.md "Structured replies" for `value`). */
export interface UserInput {
  text?: string;
  value?: unknown;
  /** The channel's locale (BCP 47), used until the conversation has a language. */
  locale?: string;
  /** A conversation start without a message (Bot Framework conversationUpdate). */
  event?: 'start';
}

/** A button: `value` is the CONTRACT payload sent back when it is pressed; `url` opens a page instead. */
export interface Choice {
  title: string;
  value?: Record<string, unknown>;
  url?: string;
}

export type QuestionField = ProfileField | 'needs' | 'audience' | 'language';

export interface SchemeCard {
  id: string;
  title: string;
  agency: string;
  summary: string;
  status: EligibilityStatus;
  statusLabel: string;
  score: number;
  reasons: string[];
  url: string;
  buttons: Choice[];
}

/** One reply message. Channels render text, choices (suggested actions) and cards in their own format. */
export interface Reply {
  text?: string;
  choices?: Choice[];
  cards?: SchemeCard[];
  /** The question this reply asks, for channelData.eAdviser.question. */
  question?: { field: QuestionField; options?: { value: unknown; title: string }[]; multiSelect?: boolean };
  /** Set on replies that show recommendations, in the order shown. */
  schemes?: { id: string; status: EligibilityStatus; score: number }[];
}

export interface TurnOutput {
  language: Language;
  replies: Reply[];
}

/** What the bot is waiting for, so a bare "yes" or "20" can be understood. */
export type Pending =
  | { kind: 'question'; field: QuestionField }
  | { kind: 'confirm_forget' }
  | { kind: 'callback_consent'; scheme?: string }
  | { kind: 'callback_name'; scheme?: string }
  | { kind: 'callback_contact'; scheme?: string; name: string };

export interface ConversationState {
  language: Language;
  audience?: Audience;
  profile: Profile;
  needs: Need[];
  /** Free text the user described their situation with; ranks results, never fills the profile. */
  situation?: string;
  /** Fields answered "not sure": not asked again. */
  skipped: ProfileField[];
  /** The needs question was answered "not sure": results are ranked without needs. */
  needsSkipped?: boolean;
  /** Undo stack for go_back: the field and its value before each answer. */
  history: { field: QuestionField; previous?: ProfileValue | Need[] | Audience }[];
  pending?: Pending;
  /** A scheme the user asked about by name, whose eligibility is being checked. */
  focus?: string;
  /** The scheme last explained or checked, for "can I talk to someone about this?". */
  lastScheme?: string;
  /** Profile questions asked since results were last shown. */
  questionsInRow: number;
  /** How many results have been shown from the current ranking (for "show more"). */
  shownCount: number;
  resultsShown: boolean;
  welcomed: boolean;
  /** Turns taken in this conversation (the crash test checks that no acknowledged one is lost). */
  turns: number;
}

/** A side effect a turn asks the runner to carry out, in the same transaction as the state. */
export type TurnEffect =
  | { type: 'forget' }
  | { type: 'rating'; helpful: boolean; scheme?: string }
  | { type: 'callback'; name: string; contact: string; scheme?: string; agency?: string; profileSummary: string }
  | { type: 'insight'; name: InsightName; value?: string };

export type InsightName = 'need_asked' | 'no_match' | 'not_understood' | 'question_asked' | 'results_shown' | 'language';

export interface CallbackRequest {
  id: string;
  createdAt: string;
  status: 'new' | 'contacted' | 'closed';
  name?: string;
  contact?: string;
  scheme?: string;
  agency?: string;
  profileSummary: string;
  language: Language;
}
