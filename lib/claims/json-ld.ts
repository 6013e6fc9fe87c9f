// Serialises structured data for a <script type="application/ld+json"> block. JSON.stringify alone
// is not enough: a claim text containing "</script>" would end the block and run what follows.
// Escaping <, > and & (and the JS line separators) as \u escapes keeps the JSON identical.
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
