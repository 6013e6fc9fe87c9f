// Shared by forms (client) and actions (server); kept apart from the hashing code, which is server-only.
export const MIN_PASSWORD_LENGTH = 10;
