// Who may do what: the single table every server action and route handler consults.
import type { Role } from '@/lib/generated/prisma/enums';

export const PERMISSIONS = [
  'desk:read', // see the desk: articles, claims, sources, history
  'article:write', // import and correct articles
  'claim:write', // create, edit, delete claims; set status, explanation, evidence, assignee
  'claim:review', // approve or send back a colleague's verdict
  'claim:publish-alone', // publish without a second editor, with a recorded reason
  'claim:comment', // write in a claim's discussion (everyone on the desk reads it)
  'reports:read', // see the desk's reports: throughput, check times, open claims, verdicts
  'source:write', // rename, alias and merge sources
  'export:drafts', // export unpublished claims
  'user:manage', // create users, change roles, disable, reset passwords
  'site:manage', // edit the public site's texts: about, methodology, corrections policy
  'report:handle', // link readers' tips and error reports to claims, or close them
  'jobs:read', // see the background job queue: queued, running, failed jobs and their errors
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const EDITOR_PERMISSIONS: readonly Permission[] = [
  'desk:read',
  'article:write',
  'claim:write',
  'claim:review',
  'claim:comment',
  'reports:read',
  'source:write',
  'export:drafts',
  'report:handle',
];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  ADMIN: [...EDITOR_PERMISSIONS, 'claim:publish-alone', 'user:manage', 'site:manage', 'jobs:read'],
  EDITOR: EDITOR_PERMISSIONS,
  VIEWER: ['desk:read'],
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role ? ROLE_PERMISSIONS[role].includes(permission) : false;
}
