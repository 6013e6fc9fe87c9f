// The four demo accounts, one list for the seed and the browser tests (README lists the same).
export const DEMO_USERS = {
  admin: { email: 'admin@example.org', name: 'Ada Admin', role: 'ADMIN', roleLabel: 'Admin', password: 'admin-password' },
  editor: { email: 'editor@example.org', name: 'Eko Editor', role: 'EDITOR', roleLabel: 'Editor', password: 'editor-password' },
  editor2: { email: 'editor2@example.org', name: 'Dewi Editor', role: 'EDITOR', roleLabel: 'Editor', password: 'editor2-password' },
  viewer: { email: 'viewer@example.org', name: 'Vera Viewer', role: 'VIEWER', roleLabel: 'Viewer', password: 'viewer-password' },
} as const;
