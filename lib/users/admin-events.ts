// The audit events of an account change on the users page: one per fact that changed.
import type { Role, UserAdminEventKind } from '@/lib/generated/prisma/enums';

interface AccountState {
  role: Role;
  disabled: boolean;
}

export interface UserAdminEventData {
  kind: UserAdminEventKind;
  before?: { role: Role };
  after?: { role: Role };
}

export function userAdminEvents(before: AccountState, after: AccountState): UserAdminEventData[] {
  const events: UserAdminEventData[] = [];
  if (before.role !== after.role) events.push({ kind: 'ROLE_CHANGED', before: { role: before.role }, after: { role: after.role } });
  if (before.disabled !== after.disabled) events.push({ kind: after.disabled ? 'DISABLED' : 'ENABLED' });
  return events;
}

const ROLE_WORDS: Record<Role, string> = { ADMIN: 'admin', EDITOR: 'editor', VIEWER: 'viewer' };

interface StoredEvent {
  kind: UserAdminEventKind;
  before: unknown;
  after: unknown;
  actor: { name: string };
  target: { name: string; email: string };
}

function roleIn(json: unknown): string {
  const role = json && typeof json === 'object' && 'role' in json ? json.role : undefined;
  return typeof role === 'string' && role in ROLE_WORDS ? ROLE_WORDS[role as Role] : 'unknown role';
}

/** "Ana Admin changed Eko Editor’s role from editor to admin": one line of the users page's list. */
export function describeUserAdminEvent({ kind, before, after, actor, target }: StoredEvent): string {
  const whom = `${target.name} (${target.email})`;
  switch (kind) {
    case 'CREATED':
      return `${actor.name} created ${whom} as ${roleIn(after)}`;
    case 'ROLE_CHANGED':
      return `${actor.name} changed the role of ${whom} from ${roleIn(before)} to ${roleIn(after)}`;
    case 'DISABLED':
      return `${actor.name} disabled ${whom}`;
    case 'ENABLED':
      return `${actor.name} enabled ${whom} again`;
    case 'PASSWORD_RESET':
      return `${actor.name} reset the password of ${whom}`;
  }
}
