export declare function encodeEntry(entry: unknown): string;
export declare function decodeEntry(text: string): unknown;
