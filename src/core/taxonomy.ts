/** The closed vocabularies fixed by CONTRACT.md: languages, sectors, needs, scheme types, audiences. */

export const LANGUAGES = ['en', 'ms', 'zh', 'ta'] as const;
export type Language = (typeof LANGUAGES)[number];

export const AUDIENCES = ['business', 'individual'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const SECTORS = [
  'food_services', 'retail', 'manufacturing', 'construction', 'logistics', 'tourism',
  'hospitality', 'maritime', 'aviation', 'agrifood', 'media', 'arts', 'ict', 'finance',
  'healthcare', 'education', 'real_estate', 'professional_services', 'wholesale', 'energy',
  'environment', 'biomedical', 'security', 'social_services', 'land_transport', 'sports', 'other',
] as const;
export type Sector = (typeof SECTORS)[number];

export const BUSINESS_NEEDS = [
  'financing', 'cashflow', 'hiring', 'training', 'internationalisation', 'digitalisation',
  'innovation', 'productivity', 'sustainability', 'startup', 'branding', 'ip', 'tax', 'property',
] as const;
export const INDIVIDUAL_NEEDS = [
  'financial_help', 'healthcare', 'housing', 'education', 'employment', 'childcare', 'family',
  'eldercare', 'caregiving', 'disability', 'retirement', 'transport', 'utilities',
] as const;
export const NEEDS = [...BUSINESS_NEEDS, ...INDIVIDUAL_NEEDS] as const;
export type BusinessNeed = (typeof BUSINESS_NEEDS)[number];
export type IndividualNeed = (typeof INDIVIDUAL_NEEDS)[number];
export type Need = BusinessNeed | IndividualNeed;

export const NEEDS_BY_AUDIENCE: Record<Audience, readonly Need[]> = {
  business: BUSINESS_NEEDS,
  individual: INDIVIDUAL_NEEDS,
};

export const SCHEME_TYPES = [
  'grant', 'loan', 'tax', 'programme', 'payout', 'subsidy', 'voucher', 'insurance', 'other',
] as const;
export type SchemeType = (typeof SCHEME_TYPES)[number];

export const SCHEME_STATUSES = ['active', 'announced', 'ended'] as const;
export type SchemeStatus = (typeof SCHEME_STATUSES)[number];

export const ELIGIBILITY_STATUSES = ['eligible', 'possible', 'ineligible'] as const;
export type EligibilityStatus = (typeof ELIGIBILITY_STATUSES)[number];

export const INTENTS = [
  'greet', 'goodbye', 'thanks', 'help', 'restart', 'change_language', 'find_schemes',
  'scheme_details', 'check_eligibility', 'inform', 'affirm', 'deny', 'dont_know', 'go_back',
  'why_ask', 'human_agent', 'my_data', 'forget_me', 'out_of_scope',
] as const;
export type IntentName = (typeof INTENTS)[number];

export const ENTITY_NAMES = [
  'sector', 'need', 'employees', 'annual_revenue', 'local_shareholding', 'years_operating',
  'age', 'monthly_income', 'household_size', 'citizenship', 'employment_status', 'language',
  'scheme', 'number', 'money', 'percent',
  // Extensions of CONTRACT.md: who the help is for, the type of home, and a young child ("just had a baby").
  'audience', 'housing_type', 'child_below_7',
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Maps a BCP 47 tag from a channel ("en-SG", "zh-CN", "ta-IN", "ms-MY") onto one of our languages. */
export function toLanguage(tag: unknown): Language | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'zsm' || primary === 'may' || primary === 'msa') return 'ms';
  if (primary === 'cmn' || primary === 'chi' || primary === 'zho') return 'zh';
  return isLanguage(primary) ? primary : undefined;
}
