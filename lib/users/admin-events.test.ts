import { describe, expect, it } from 'vitest';
import { describeUserAdminEvent, userAdminEvents } from './admin-events';

const people = { actor: { name: 'Ana Admin' }, target: { name: 'Eko Editor', email: 'eko@example.test' } };

describe('user administration events', () => {
  it('records one event per fact that changed, none when nothing did', () => {
    expect(userAdminEvents({ role: 'EDITOR', disabled: false }, { role: 'EDITOR', disabled: false })).toEqual([]);
    expect(userAdminEvents({ role: 'EDITOR', disabled: false }, { role: 'ADMIN', disabled: true })).toEqual([
      { kind: 'ROLE_CHANGED', before: { role: 'EDITOR' }, after: { role: 'ADMIN' } },
      { kind: 'DISABLED' },
    ]);
    expect(userAdminEvents({ role: 'VIEWER', disabled: true }, { role: 'VIEWER', disabled: false })).toEqual([{ kind: 'ENABLED' }]);
  });

  it('puts each event in words, reading stored JSON defensively', () => {
    expect(describeUserAdminEvent({ ...people, kind: 'ROLE_CHANGED', before: { role: 'EDITOR' }, after: { role: 'ADMIN' } })).toBe(
      'Ana Admin changed the role of Eko Editor (eko@example.test) from editor to admin',
    );
    expect(describeUserAdminEvent({ ...people, kind: 'CREATED', before: null, after: { role: 'NOPE' } })).toBe(
      'Ana Admin created Eko Editor (eko@example.test) as unknown role',
    );
    expect(describeUserAdminEvent({ ...people, kind: 'PASSWORD_RESET', before: null, after: null })).toBe(
      'Ana Admin reset the password of Eko Editor (eko@example.test)',
    );
    expect(describeUserAdminEvent({ ...people, kind: 'DISABLED', before: null, after: null })).toBe(
      'Ana Admin disabled Eko Editor (eko@example.test)',
    );
  });
});
