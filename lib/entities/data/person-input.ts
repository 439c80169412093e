import type { PersonEntity, Role } from '../types';

/** A role; `cc` is an ISO alpha-2 code (or '' for international offices). */
export function r(title: string, cc: string, from: string, to?: string): Role {
  const role: Role = { title, from };
  if (cc) role.country = `country:${cc}`;
  if (to) role.to = to;
  return role;
}

/** A person as the data files write one: everything but the kind. */
export type PersonInput = Omit<PersonEntity, 'kind'>;

/** The people of one data file as entities. */
export function people(list: readonly PersonInput[]): readonly PersonEntity[] {
  return list.map((p) => ({ ...p, kind: 'person' }));
}
