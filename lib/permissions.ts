// Who may do what: the single table every server action and route handler consults.
import type { Role } from '@/lib/generated/prisma/enums';

export const PERMISSIONS = [
  'desk:read', // see the desk: articles, claims, sources, history
  'article:write', // import and correct articles
  'claim:write', // create, edit, delete claims; set status, explanation, evidence, assignee
  'claim:review', // approve or send back a colleague's verdict
  'claim:publish-alone', // publish without a second editor, with a recorded reason
  'source:write', // rename, alias and merge sources
  'export:drafts', // export unpublished claims
  'user:manage', // create users, change roles, disable, reset passwords
  'jobs:read', // see the background job queue: queued, running, failed jobs and their errors
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const EDITOR_PERMISSIONS: readonly Permission[] = [
  'desk:read',
  'article:write',
  'claim:write',
  'claim:review',
  'source:write',
  'export:drafts',
];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  ADMIN: [...EDITOR_PERMISSIONS, 'claim:publish-alone', 'user:manage', 'jobs:read'],
  EDITOR: EDITOR_PERMISSIONS,
  VIEWER: ['desk:read'],
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role ? ROLE_PERMISSIONS[role].includes(permission) : false;
}
