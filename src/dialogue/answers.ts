/** Understanding answers: NLU entities and typed or pressed answers become profile facts, read back briefly. */
import type { Audience, EntityName, Need } from '../core/taxonomy.js';
import { NEEDS_BY_AUDIENCE, isLanguage } from '../core/taxonomy.js';
import type { Entity, ParseResult } from '../core/nlu.js';
import type { ConversationState, QuestionField } from '../core/dialogue.js';
import { PROFILE_FIELDS, isProfileField, profileValueSchema, type ProfileField, type ProfileValue } from '../core/profile.js';
import { fieldLabel, formatValue } from '../eligibility/format.js';
import type { TurnContext } from './context.js';

/** Which profile field a typed entity fills when the user states it unprompted. */
const ENTITY_FIELDS: Partial<Record<EntityName, ProfileField>> = {
  employees: 'employees',
  annual_revenue: 'annualRevenueSgd',
  local_shareholding: 'localShareholdingPct',
  years_operating: 'yearsOperating',
  age: 'age',
  monthly_income: 'monthlyHouseholdIncomeSgd',
  household_size: 'householdSize',
  citizenship: 'citizenship',
  employment_status: 'employmentStatus',
  sector: 'sector',
  housing_type: 'housingType',
};

/**
 * The entities that can answer a pending question on each field, best first. A count of people answers
 * "how many employees?" ("15 pax"), but a monthly income never answers "annual value of your home?".
 */
const ANSWER_ENTITIES: Partial<Record<ProfileField, EntityName[]>> = {
  employees: ['employees', 'household_size', 'number'],
  annualRevenueSgd: ['annual_revenue', 'money', 'number'],
  localShareholdingPct: ['local_shareholding', 'percent', 'number'],
  yearsOperating: ['years_operating', 'number'],
  age: ['age', 'years_operating', 'number'],
  monthlyHouseholdIncomeSgd: ['monthly_income', 'money', 'number'],
  householdSize: ['household_size', 'employees', 'number'],
  perCapitaMonthlyIncomeSgd: ['monthly_income', 'money', 'number'],
  annualValueOfHomeSgd: ['money', 'number'],
  citizenship: ['citizenship'],
  employmentStatus: ['employment_status'],
  sector: ['sector'],
  housingType: ['housing_type'],
};

/** Below this age, an age in a message is a child's ("有一个三岁的"), not the user's own. */
const CHILD_AGE_LIMIT = 15;
/** A yes or no among the ranked intents counts when it is at least this likely and beats the other. */
const YES_NO_MIN_CONFIDENCE = 0.15;

export interface Facts {
  profile: Partial<Record<ProfileField, ProfileValue>>;
  needs: Need[];
  audience?: Audience;
}

function validValue(field: ProfileField, value: unknown): ProfileValue | undefined {
  const parsed = profileValueSchema(field).safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The field a typed entity fills, given who the help is for: for a business, "15 people" counts staff;
 * for a person, a bare "67 tahun" is an age, not years in business.
 */
function fieldOf(entity: EntityName, audience: Audience | undefined): ProfileField | undefined {
  if (entity === 'household_size' && audience === 'business') return 'employees';
  if (entity === 'years_operating' && audience === 'individual') return 'age';
  return ENTITY_FIELDS[entity];
}

/** The audience that entities point to, when they point one way only. */
function audienceOf(fields: ProfileField[], needs: Need[]): Audience | undefined {
  const votes = new Set<Audience>([
    ...fields.map((field) => PROFILE_FIELDS[field].audience),
    ...needs.map((need) => (NEEDS_BY_AUDIENCE.business.includes(need) ? 'business' : 'individual') as Audience),
  ]);
  return votes.size === 1 ? [...votes][0] : undefined;
}

/** Facts stated in free text ("we are a bakery with 8 staff, want to export"), for the conversation's audience. */
export function factsFromEntities(entities: readonly Entity[], audience: Audience | undefined): Facts {
  const profile: Facts['profile'] = {};
  const needs: Need[] = [];
  let statedAudience: Audience | undefined;
  for (const entity of entities) {
    if (entity.entity === 'need') needs.push(entity.value as Need);
    if (entity.entity === 'audience') statedAudience = entity.value as Audience;
    if (entity.entity === 'child_below_7') {
      profile.hasChildBelow7 = true;
      continue;
    }
    if (entity.entity === 'age' && typeof entity.value === 'number' && entity.value < CHILD_AGE_LIMIT) {
      profile.hasChildBelow7 = entity.value < 7;
      continue;
    }
    const field = fieldOf(entity.entity, audience);
    if (!field) continue;
    const value = validValue(field, entity.value);
    if (value !== undefined) profile[field] = value;
  }
  const inferred = audience ?? audienceOf(Object.keys(profile) as ProfileField[], needs) ?? statedAudience;
  const fitting = Object.fromEntries(
    Object.entries(profile).filter(([field]) => !inferred || PROFILE_FIELDS[field as ProfileField].audience === inferred),
  ) as Facts['profile'];
  return {
    profile: fitting,
    needs: [...new Set(needs.filter((need) => !inferred || NEEDS_BY_AUDIENCE[inferred].includes(need)))],
    ...(inferred ? { audience: inferred } : {}),
  };
}

/**
 * Reads a typed answer to the pending question. Returns null for "not sure", undefined when the text does
 * not answer it (then the message is handled as a command or new facts).
 */
export function interpretAnswer(ctx: TurnContext, field: QuestionField, parse: ParseResult): ProfileValue | Need[] | Audience | null | undefined {
  if (parse.intent.name === 'dont_know') return null;
  const entitiesOf = (...names: EntityName[]) => parse.entities.filter((e) => names.includes(e.entity));
  if (field === 'needs') {
    const needs = entitiesOf('need').map((e) => e.value as Need);
    return needs.length > 0 ? needs : undefined;
  }
  if (field === 'audience') {
    return (entitiesOf('audience')[0]?.value as Audience | undefined)
      ?? (matchOption(ctx, parse.text, ['business', 'individual'], (v) => `eligibility:value.audience.${v}`) as Audience | undefined)
      ?? factsFromEntities(parse.entities, undefined).audience;
  }
  if (field === 'language') {
    const language = entitiesOf('language')[0]?.value;
    return isLanguage(language) ? language : undefined;
  }
  const descriptor = PROFILE_FIELDS[field];
  if (descriptor.kind === 'boolean') return yesOrNo(parse, field);
  for (const name of ANSWER_ENTITIES[field] ?? []) {
    for (const entity of entitiesOf(name)) {
      const value = validValue(field, entity.value);
      if (value !== undefined) return value;
    }
  }
  if (descriptor.kind === 'enum') {
    return matchOption(ctx, parse.text, (descriptor as { values: readonly string[] }).values, (v) => `eligibility:value.${field}.${v}`);
  }
  return undefined;
}

/** Yes or no from the ranked intents ("yes, she's 8 months old" is mostly inform, but clearly a yes). */
function yesOrNo(parse: ParseResult, field: ProfileField): boolean | undefined {
  if (field === 'hasChildBelow7') {
    if (parse.entities.some((e) => e.entity === 'child_below_7')) return true;
    const childAge = parse.entities.find((e) => e.entity === 'age' && typeof e.value === 'number' && e.value < CHILD_AGE_LIMIT);
    if (childAge) return (childAge.value as number) < 7;
  }
  const confidence = (name: string) => parse.intents.find((intent) => intent.name === name)?.confidence ?? 0;
  const yes = confidence('affirm');
  const no = confidence('deny');
  if (Math.max(yes, no) < YES_NO_MIN_CONFIDENCE) return undefined;
  return yes > no;
}

/** An option whose localised title the text contains (or is contained in), e.g. "4-room" for hdb_4_room. */
function matchOption(ctx: TurnContext, text: string, values: readonly string[], key: (value: string) => string): string | undefined {
  const typed = text.trim().toLowerCase();
  if (typed.length < 2) return undefined;
  return values.find((value) => {
    const title = ctx.t(key(value)).toLowerCase();
    return title === typed || title.includes(typed) || typed.includes(title);
  });
}

/** Validates a pressed or sent value for a field; undefined when it is not a valid answer. */
export function validAnswer(field: QuestionField, value: unknown, audience: Audience | undefined): ProfileValue | Need[] | Audience | null | undefined {
  if (value === null) return null;
  if (field === 'audience') return value === 'business' || value === 'individual' ? value : undefined;
  if (field === 'needs') {
    const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];
    const allowed = audience ? NEEDS_BY_AUDIENCE[audience] : [...NEEDS_BY_AUDIENCE.business, ...NEEDS_BY_AUDIENCE.individual];
    return list.length > 0 && list.every((need) => allowed.includes(need as Need)) ? (list as Need[]) : undefined;
  }
  if (field === 'language') return isLanguage(value) ? value : undefined;
  return isProfileField(field) ? validValue(field, value) : undefined;
}

/** "Back" undoes up to this many answers; older ones are dropped so a long conversation's state stays small. */
export const UNDO_LIMIT = 20;

function remember(state: ConversationState, entry: ConversationState['history'][number]): void {
  state.history.push(entry);
  if (state.history.length > UNDO_LIMIT) state.history.splice(0, state.history.length - UNDO_LIMIT);
}

/** Records an answer (with undo history) and clears the pending question. */
export function applyAnswer(ctx: TurnContext, field: QuestionField, value: ProfileValue | Need[] | Audience | null): void {
  const state = ctx.state;
  if (field === 'audience') {
    remember(state, { field, previous: state.audience });
    if (value !== state.audience) {
      state.profile = {};
      state.needs = [];
      state.skipped = [];
    }
    state.audience = (value ?? undefined) as Audience | undefined;
  } else if (field === 'needs') {
    remember(state, { field, previous: [...state.needs] });
    state.needs = (value ?? []) as Need[];
    state.needsSkipped = value === null;
    for (const need of state.needs) ctx.effect({ type: 'insight', name: 'need_asked', value: need });
  } else if (isProfileField(field)) {
    remember(state, { field, previous: state.profile[field] });
    if (value === null) {
      delete state.profile[field];
      if (!state.skipped.includes(field)) state.skipped.push(field);
    } else {
      state.profile[field] = value as ProfileValue;
      state.skipped = state.skipped.filter((skipped) => skipped !== field);
    }
  }
  state.pending = undefined;
}

/** Applies facts from free text and reads them back in one short line ("Noted: Employees: 8; Industry: retail."). */
export function applyFacts(ctx: TurnContext, facts: Facts): boolean {
  const parts: string[] = [];
  const lang = ctx.state.language;
  const t = ctx.deps.translator;
  if (facts.audience && !ctx.state.audience) applyAnswer(ctx, 'audience', facts.audience);
  for (const [field, value] of Object.entries(facts.profile) as [ProfileField, ProfileValue][]) {
    applyAnswer(ctx, field, value);
    parts.push(t.t(lang, 'eligibility:requirement.eq', { label: fieldLabel(field, lang, t), value: formatValue(field, value, lang, t) }));
  }
  const newNeeds = facts.needs.filter((need) => !ctx.state.needs.includes(need));
  if (newNeeds.length > 0) {
    applyAnswer(ctx, 'needs', [...ctx.state.needs, ...newNeeds]);
    parts.push(newNeeds.map((need) => ctx.t(`eligibility:value.need.${need}`)).join(ctx.t('eligibility:list.separator')));
  }
  if (parts.length > 0) ctx.say('readback', { facts: parts.join(ctx.t('readbackSeparator')) });
  return parts.length > 0;
}
