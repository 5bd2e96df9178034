/** The Scheme document of CONTRACT.md as types: shared by the catalogue, eligibility and the dialogue. */
import type { ProfileField, Profile } from './profile.js';
import type { Audience, EligibilityStatus, Language, Need, SchemeStatus, SchemeType, Sector } from './taxonomy.js';

export type LocalisedText = { en: string } & Partial<Record<Exclude<Language, 'en'>, string>>;
export type LocalisedKeywords = { en: string[] } & Partial<Record<Exclude<Language, 'en'>, string[]>>;

export const OPERATORS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in'] as const;
export type Operator = (typeof OPERATORS)[number];

export interface Criterion {
  field: ProfileField;
  op: Operator;
  value: boolean | number | string | Array<number | string>;
}
export type CriteriaGroup = { all: CriteriaNode[] } | { any: CriteriaNode[] };
export type CriteriaNode = Criterion | CriteriaGroup;

export interface SchemeExample {
  name: string;
  profile: Profile;
  needs?: Need[];
  expect: EligibilityStatus;
}

export interface Scheme {
  id: string;
  acronym?: string;
  agency: string;
  audience: Audience;
  type: SchemeType;
  needs: Need[];
  sectors: Sector[];
  status: SchemeStatus;
  url: string;
  contact: { phone?: string; email?: string; url?: string };
  lastVerified: string;
  validFrom?: string;
  validUntil?: string;
  name: LocalisedText;
  summary: LocalisedText;
  benefits: LocalisedText;
  howToApply: LocalisedText;
  conditions: LocalisedText[];
  keywords: LocalisedKeywords;
  eligibility: CriteriaGroup;
  examples: SchemeExample[];
}

export function isCriterion(node: CriteriaNode): node is Criterion {
  return 'field' in node;
}
