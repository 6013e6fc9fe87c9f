// The four demo accounts, one list for the seed and the browser tests (README lists the same). They
// use the desk in English, the language the browser tests read buttons in (e2e/desk-language.spec.ts
// switches one to Indonesian).
export const DEMO_USERS = {
  admin: { email: 'admin@example.org', name: 'Ada Admin', role: 'ADMIN', roleLabel: 'Admin', password: 'admin-password', locale: 'en' },
  editor: {
    email: 'editor@example.org',
    name: 'Eko Editor',
    role: 'EDITOR',
    roleLabel: 'Editor',
    password: 'editor-password',
    locale: 'en',
  },
  editor2: {
    email: 'editor2@example.org',
    name: 'Dewi Editor',
    role: 'EDITOR',
    roleLabel: 'Editor',
    password: 'editor2-password',
    locale: 'en',
  },
  viewer: {
    email: 'viewer@example.org',
    name: 'Vera Viewer',
    role: 'VIEWER',
    roleLabel: 'Viewer',
    password: 'viewer-password',
    locale: 'en',
  },
} as const;
