// /claims.json?status=FALSE&language=id&...: published verdicts only (see lib/http/public-feed.ts).
import { publicFeed } from '@/lib/http/public-feed';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return publicFeed(request, 'json');
}
