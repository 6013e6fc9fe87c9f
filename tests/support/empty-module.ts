// Stands in for 'server-only' under Vitest: tests run server code outside a React server bundle.
export {};
