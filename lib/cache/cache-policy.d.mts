// The values Next's incremental cache hands to a cache handler (the subset this project relies on;
// the full types live in next/dist/server/response-cache/types, which is not a public entry point).
type Headers = Record<string, string | string[] | number | undefined>;

export type CacheValue =
  | {
      kind: 'APP_PAGE';
      html: string;
      rscData?: Buffer;
      postponed?: string;
      status?: number;
      headers?: Headers;
      segmentData?: Map<string, Buffer>;
    }
  | { kind: 'PAGES'; html: string; pageData: unknown; status?: number; headers?: Headers }
  | { kind: 'APP_ROUTE'; body: Buffer; status: number; headers: Headers }
  | {
      kind: 'FETCH';
      data: { headers: Record<string, string>; body: string; url: string; status?: number };
      tags?: string[];
      revalidate: number | false;
    }
  | { kind: 'REDIRECT'; props: object }
  | { kind: 'IMAGE' };

/** Only successful renders and non-empty data results are kept (see cache-policy.mjs). */
export declare function isWorthCaching(value: CacheValue | null | undefined): value is CacheValue;
export declare function tagsOf(value: CacheValue): string[];
export declare function sizeOf(key: string, value: CacheValue): number;
export declare function shareDuplicateSegments(value: CacheValue): CacheValue;
