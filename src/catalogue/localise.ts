/** Renders a scheme in one language, falling back to English and saying so. */
import type { LocalisedText, Scheme } from '../core/scheme.js';
import type { Language } from '../core/taxonomy.js';

export interface SchemeSummary {
  id: string;
  name: string;
  acronym?: string;
  agency: string;
  audience: Scheme['audience'];
  type: Scheme['type'];
  needs: Scheme['needs'];
  sectors: Scheme['sectors'];
  summary: string;
  url: string;
  /** Present (true) when name or summary is shown in English because the language is missing. */
  fallback?: true;
}

export interface SchemeDetail extends SchemeSummary {
  status: Scheme['status'];
  benefits: string;
  howToApply: string;
  conditions: string[];
  contact: Scheme['contact'];
  lastVerified: string;
  validFrom?: string;
  validUntil?: string;
  eligibility: Scheme['eligibility'];
}

/** The text in `lang`, or English with fallback=true. */
export function pick(text: LocalisedText, lang: Language): { text: string; fallback: boolean } {
  const value = text[lang];
  return value ? { text: value, fallback: false } : { text: text.en, fallback: lang !== 'en' };
}

export function summariseScheme(scheme: Scheme, lang: Language): SchemeSummary {
  const name = pick(scheme.name, lang);
  const summary = pick(scheme.summary, lang);
  return {
    id: scheme.id,
    name: name.text,
    ...(scheme.acronym ? { acronym: scheme.acronym } : {}),
    agency: scheme.agency,
    audience: scheme.audience,
    type: scheme.type,
    needs: scheme.needs,
    sectors: scheme.sectors,
    summary: summary.text,
    url: scheme.url,
    ...(name.fallback || summary.fallback ? { fallback: true as const } : {}),
  };
}

export function describeScheme(scheme: Scheme, lang: Language): SchemeDetail {
  const benefits = pick(scheme.benefits, lang);
  const howToApply = pick(scheme.howToApply, lang);
  const conditions = scheme.conditions.map((condition) => pick(condition, lang));
  const summary = summariseScheme(scheme, lang);
  const fallback = summary.fallback || benefits.fallback || howToApply.fallback || conditions.some((c) => c.fallback);
  return {
    ...summary,
    ...(fallback ? { fallback: true as const } : {}),
    status: scheme.status,
    benefits: benefits.text,
    howToApply: howToApply.text,
    conditions: conditions.map((c) => c.text),
    contact: scheme.contact,
    lastVerified: scheme.lastVerified,
    ...(scheme.validFrom ? { validFrom: scheme.validFrom } : {}),
    ...(scheme.validUntil ? { validUntil: scheme.validUntil } : {}),
    eligibility: scheme.eligibility,
  };
}

/** Whether a scheme may be recommended on `today` (YYYY-MM-DD): active, started, not past validUntil. */
export function isOpen(scheme: Scheme, today: string): boolean {
  if (scheme.status !== 'active') return false;
  if (scheme.validFrom && scheme.validFrom > today) return false;
  return !(scheme.validUntil && scheme.validUntil < today);
}

/** The status shown to users: an active scheme past validUntil is treated as ended. */
export function effectiveStatus(scheme: Scheme, today: string): Scheme['status'] {
  if (scheme.status === 'active' && scheme.validUntil && scheme.validUntil < today) return 'ended';
  if (scheme.status === 'active' && scheme.validFrom && scheme.validFrom > today) return 'announced';
  return scheme.status;
}
