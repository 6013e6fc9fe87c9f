// Where the reader pages live and who publishes them, from the environment (see README).
import { getEnv } from '@/lib/env';
import type { PublicSite } from '@/lib/claims/published-claim';

export function getPublicSite(): PublicSite {
  const env = getEnv();
  return { baseUrl: env.PUBLIC_BASE_URL, organization: { name: env.ORGANIZATION_NAME, url: env.ORGANIZATION_URL } };
}
