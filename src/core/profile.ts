/** The profile vocabulary of CONTRACT.md: field descriptors and the zod schema that validates a profile. */
import { z } from 'zod';
import { SECTORS, type Audience } from './taxonomy.js';
import { byShape, isPlainObject } from './validation.js';

export type FieldKind = 'boolean' | 'number' | 'integer' | 'enum';

export interface FieldDescriptor {
  readonly audience: Audience;
  readonly kind: FieldKind;
  readonly min?: number;
  readonly max?: number;
  readonly values?: readonly string[];
}

export const CITIZENSHIPS = ['citizen', 'pr', 'foreigner'] as const;
export const EMPLOYMENT_STATUSES = ['employed', 'self_employed', 'unemployed', 'retired', 'student'] as const;
export const HOUSING_TYPES = ['hdb_1_2_room', 'hdb_3_room', 'hdb_4_room', 'hdb_5_room_exec', 'private', 'none'] as const;

export const PROFILE_FIELDS = {
  registeredInSingapore: { audience: 'business', kind: 'boolean' },
  localShareholdingPct: { audience: 'business', kind: 'number', min: 0, max: 100 },
  employees: { audience: 'business', kind: 'integer', min: 0 },
  annualRevenueSgd: { audience: 'business', kind: 'number', min: 0 },
  yearsOperating: { audience: 'business', kind: 'number', min: 0 },
  sector: { audience: 'business', kind: 'enum', values: SECTORS },
  hasPositiveEquity: { audience: 'business', kind: 'boolean' },
  age: { audience: 'individual', kind: 'integer', min: 0, max: 130 },
  citizenship: { audience: 'individual', kind: 'enum', values: CITIZENSHIPS },
  monthlyHouseholdIncomeSgd: { audience: 'individual', kind: 'number', min: 0 },
  householdSize: { audience: 'individual', kind: 'integer', min: 1 },
  perCapitaMonthlyIncomeSgd: { audience: 'individual', kind: 'number', min: 0 },
  employmentStatus: { audience: 'individual', kind: 'enum', values: EMPLOYMENT_STATUSES },
  hasChildBelow7: { audience: 'individual', kind: 'boolean' },
  hasDisability: { audience: 'individual', kind: 'boolean' },
  isCaregiver: { audience: 'individual', kind: 'boolean' },
  housingType: { audience: 'individual', kind: 'enum', values: HOUSING_TYPES },
  ownsProperty: { audience: 'individual', kind: 'boolean' },
  annualValueOfHomeSgd: { audience: 'individual', kind: 'number', min: 0 },
} as const satisfies Record<string, FieldDescriptor>;

export type ProfileField = keyof typeof PROFILE_FIELDS;
export const PROFILE_FIELD_NAMES = Object.keys(PROFILE_FIELDS) as ProfileField[];

export function isProfileField(name: unknown): name is ProfileField {
  return typeof name === 'string' && Object.hasOwn(PROFILE_FIELDS, name);
}

/** A numeric answer given as a band ("10–49 staff"): max is inclusive and open when absent. */
export interface NumericRange {
  min: number;
  max?: number;
}
export type NumericValue = number | NumericRange;
export type ProfileValue = boolean | string | NumericValue;
export type Profile = Partial<Record<ProfileField, ProfileValue>>;

export function isRange(value: unknown): value is NumericRange {
  return typeof value === 'object' && value !== null && typeof (value as NumericRange).min === 'number';
}

function numericSchema(descriptor: FieldDescriptor) {
  let scalar = descriptor.kind === 'integer' ? z.number().int() : z.number();
  if (descriptor.min !== undefined) scalar = scalar.min(descriptor.min);
  if (descriptor.max !== undefined) scalar = scalar.max(descriptor.max);
  const range = z
    .object({ min: scalar, max: scalar.optional() })
    .strict()
    .refine((r) => r.max === undefined || r.max >= r.min, { message: 'max must not be below min', path: ['max'] });
  return byShape<NumericValue>(
    (value) => (isPlainObject(value) ? range : scalar) as z.ZodType<NumericValue>,
    'must be a number or a range { min, max? }',
  );
}

function fieldSchema(descriptor: FieldDescriptor): z.ZodType<ProfileValue> {
  switch (descriptor.kind) {
    case 'boolean':
      return z.boolean();
    case 'enum':
      return z.enum(descriptor.values as [string, ...string[]]);
    default:
      return numericSchema(descriptor);
  }
}

/** Built once: answers are validated on every turn. */
const valueSchemas = Object.fromEntries(PROFILE_FIELD_NAMES.map((name) => [name, fieldSchema(PROFILE_FIELDS[name])])) as Record<
  ProfileField,
  z.ZodType<ProfileValue>
>;
const profileShape = Object.fromEntries(PROFILE_FIELD_NAMES.map((name) => [name, valueSchemas[name].optional()])) as Record<
  ProfileField,
  z.ZodOptional<z.ZodType<ProfileValue>>
>;

/** A profile: every field optional, unknown keys rejected. */
export const ProfileSchema = z.object(profileShape).strict();

/** The value schema of one field, for validating a single answer. */
export function profileValueSchema(field: ProfileField): z.ZodType<ProfileValue> {
  return valueSchemas[field];
}

/** Adds perCapitaMonthlyIncomeSgd when household income and size are known and it was not given. */
export function withDerivedFields(profile: Profile): Profile {
  if (profile.perCapitaMonthlyIncomeSgd !== undefined) return profile;
  const income = profile.monthlyHouseholdIncomeSgd;
  const size = profile.householdSize;
  if (income === undefined || size === undefined) return profile;
  const incomeRange = toRange(income as NumericValue);
  const sizeRange = toRange(size as NumericValue);
  if (sizeRange.min <= 0) return profile;
  const min = incomeRange.min / (sizeRange.max ?? Infinity);
  const max = incomeRange.max === undefined ? undefined : incomeRange.max / sizeRange.min;
  const perCapita: NumericValue = max !== undefined && min === max ? min : { min: Number.isFinite(min) ? min : 0, max };
  return { ...profile, perCapitaMonthlyIncomeSgd: perCapita };
}

export function toRange(value: NumericValue): NumericRange {
  return typeof value === 'number' ? { min: value, max: value } : value;
}
