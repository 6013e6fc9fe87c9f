// Empty on purpose. Without a hook of its own, Turbopack builds the app's instrumentation.ts (one
// folder up the workspace) into the floor, which then needs the app's environment to start.
export function register() {}
