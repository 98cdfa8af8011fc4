import { call, dispatch } from '../../src/core/dispatcher';
import type { VaultHost } from '../../src/core/host';
import type { InputOf } from '../../src/shared/api';
import type { Committee, Meeting, Person, Role } from '../../src/shared/domain';

let seq = 0;

export interface Seeded {
  committee: Committee;
  people: Record<string, Person>;
  meeting: Meeting;
}

/**
 * A committee with people in the given roles and one meeting, through the contract as the UI
 * would do it. Committee names get a counter so that several seeds share one vault.
 */
export async function seedMeeting(
  host: VaultHost,
  options: {
    committee?: Partial<InputOf<'committees.create'>>;
    roster?: [name: string, role: Role][];
    meeting?: Partial<InputOf<'meetings.create'>>;
  } = {},
): Promise<Seeded> {
  seq++;
  const committee = await call(host, 'committees.create', { name: `National Committee ${seq}`, ...options.committee });
  const people: Record<string, Person> = {};
  for (const [name, role] of options.roster ?? [['Amal Haddad', 'chair']]) {
    const person = await call(host, 'people.create', { name });
    await call(host, 'memberships.set', { committeeId: committee.id, personId: person.id, role });
    people[name] = person;
  }
  const meeting = await call(host, 'meetings.create', {
    committeeId: committee.id,
    startsAt: '2026-03-15T10:00:00+03:00',
    ...options.meeting,
  });
  return { committee, people, meeting };
}

/** Runs a call that must fail and returns its error, so a test can look at the code and issues. */
export async function failure(host: VaultHost, method: string, input: unknown) {
  const result = await dispatch(host, method, input);
  if (result.ok) throw new Error(`${method} succeeded but was expected to fail: ${JSON.stringify(result.value)}`);
  return result.error;
}
