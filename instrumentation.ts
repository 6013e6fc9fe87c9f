// Runs once when a Next server process starts. In the Node.js runtime it starts the loop that sends
// queued purges to the caching proxy (lib/cache-purge/), if CACHE_PURGE_TARGETS names one.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startPurgeDrainer } = await import('./lib/cache-purge/drainer');
  startPurgeDrainer();
}
