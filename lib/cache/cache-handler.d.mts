export declare function redisUrlFrom(value: string | undefined): string | null;
export default class CacheHandler {
  constructor(context: { maxMemoryCacheSize?: number });
}
