/** Staff roles, ordered: a publisher may do all an editor may, an editor all a viewer may. */

export const ROLES = ['viewer', 'editor', 'publisher'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` grants what `needed` grants. Unknown roles grant nothing. */
export function hasRole(role: string, needed: Role): boolean {
  return isRole(role) && ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** The authenticated staff member of a request. */
export interface Actor {
  userId: string;
  name: string;
  role: Role;
  tokenId: string;
}
