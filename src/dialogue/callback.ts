/** "Talk to a person": the agency's contact, and a call-back request taken only with explicit consent. */
import type { Scheme } from '../core/scheme.js';
import { pick } from '../catalogue/localise.js';
import { fieldLabel, formatValue } from '../eligibility/format.js';
import type { ProfileField, ProfileValue } from '../core/profile.js';
import type { TurnContext } from './context.js';
import { rankForState } from './flow.js';

const PHONE = /^(\+65[\s-]?)?[689]\d{3}[\s-]?\d{4}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[a-z]{2,}$/i;

/** The scheme the user is most likely asking about: the one in focus, else the best current result. */
function relevantScheme(ctx: TurnContext, schemeId?: string): Scheme | undefined {
  const id = schemeId ?? ctx.state.focus ?? ctx.state.lastScheme;
  if (id) return ctx.catalogue.get(id);
  if (!ctx.state.audience) return undefined;
  return rankForState(ctx).find((result) => result.status !== 'ineligible')?.scheme;
}

export function humanAgent(ctx: TurnContext, schemeId?: string): void {
  const scheme = relevantScheme(ctx, schemeId);
  if (scheme) {
    const contact = [scheme.contact.phone, scheme.contact.email, scheme.contact.url].filter(Boolean).join(' · ');
    ctx.say('human.contact', { agency: scheme.agency, scheme: pick(scheme.name, ctx.state.language).text, contact });
  } else {
    ctx.say('human.general');
  }
  ctx.state.pending = { kind: 'callback_consent', ...(scheme ? { scheme: scheme.id } : {}) };
  ctx.say('callback.offer', undefined, {
    choices: [
      { title: ctx.t('button.callbackYes'), value: { action: 'callback', value: true, ...(scheme ? { scheme: scheme.id } : {}) } },
      { title: ctx.t('button.callbackNo'), value: { action: 'callback', value: false } },
    ],
  });
}

export function callbackConsent(ctx: TurnContext, consent: boolean, scheme?: string): void {
  if (!consent) {
    ctx.state.pending = undefined;
    ctx.say('callback.declined');
    return;
  }
  ctx.state.pending = { kind: 'callback_name', ...(scheme ? { scheme } : {}) };
  ctx.say('callback.askName');
}

export function callbackName(ctx: TurnContext, text: string, scheme?: string): void {
  const name = text.trim().slice(0, 100);
  if (name.length < 2) return void ctx.say('callback.askName');
  ctx.state.pending = { kind: 'callback_contact', name, ...(scheme ? { scheme } : {}) };
  ctx.say('callback.askContact');
}

/** Stores the request (name and contact go only into the call-back, never into the conversation state). */
export function callbackContact(ctx: TurnContext, text: string, name: string, schemeId?: string): void {
  const contact = text.trim();
  if (!PHONE.test(contact) && !EMAIL.test(contact)) return void ctx.say('callback.badContact');
  const scheme = schemeId ? ctx.catalogue.get(schemeId) : undefined;
  const lang = ctx.state.language;
  const t = ctx.deps.translator;
  const profileSummary = [
    ...(ctx.state.audience ? [`audience: ${ctx.state.audience}`] : []),
    ...(ctx.state.needs.length > 0 ? [`needs: ${ctx.state.needs.join(', ')}`] : []),
    ...(Object.entries(ctx.state.profile) as [ProfileField, ProfileValue][]).map(
      ([field, value]) => `${fieldLabel(field, 'en', t)}: ${formatValue(field, value, 'en', t)}`,
    ),
  ].join('; ');
  ctx.effect({ type: 'callback', name, contact, profileSummary, ...(scheme ? { scheme: scheme.id, agency: scheme.agency } : {}) });
  ctx.state.pending = undefined;
  ctx.say('callback.done', { agency: scheme?.agency ?? ctx.deps.translator.t(lang, 'dialogue:callback.ourOfficers') });
}
