// Finds the Chromium the browser tests drive. We never download a browser: Debian's package (or
// any Chromium named by CHROMIUM_PATH) is used.
import { existsSync } from 'node:fs';

export const CHROMIUM_HELP =
  "No Chromium found for the browser tests. Install Debian's package (`sudo apt-get install chromium`, which gives /usr/bin/chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.";

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}
