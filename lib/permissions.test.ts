import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, ROLE_PERMISSIONS } from './permissions';

describe('role permissions', () => {
  it('lets a viewer only read the desk', () => {
    expect(ROLE_PERMISSIONS.VIEWER).toEqual(['desk:read']);
    for (const permission of PERMISSIONS.filter((p) => p !== 'desk:read')) expect(can('VIEWER', permission)).toBe(false);
  });
  it('keeps user management and solo publishing for admins', () => {
    expect(can('EDITOR', 'user:manage')).toBe(false);
    expect(can('EDITOR', 'claim:publish-alone')).toBe(false);
    expect(can('ADMIN', 'user:manage')).toBe(true);
    expect(can('ADMIN', 'claim:publish-alone')).toBe(true);
  });
  it('keeps the public site settings for admins, and lets editors handle reader reports', () => {
    expect(can('EDITOR', 'site:manage')).toBe(false);
    expect(can('ADMIN', 'site:manage')).toBe(true);
    expect(can('EDITOR', 'report:handle')).toBe(true);
  });
  it('shows the job queue to admins only', () => {
    expect(can('ADMIN', 'jobs:read')).toBe(true);
    expect(can('EDITOR', 'jobs:read')).toBe(false);
    expect(can('VIEWER', 'jobs:read')).toBe(false);
  });
  it('lets editors do the checking work', () => {
    for (const permission of ['claim:write', 'claim:review', 'article:write', 'source:write'] as const)
      expect(can('EDITOR', permission)).toBe(true);
  });
  it('refuses everything to nobody', () => {
    for (const permission of PERMISSIONS) expect(can(null, permission)).toBe(false);
  });
});
