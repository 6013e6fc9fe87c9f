// Reads the schema.org NewsArticle data many news sites embed as JSON-LD. The JSON is
// untrusted page content, so every field is narrowed from `unknown` before use.

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
}

type JsonObject = { readonly [key: string]: unknown };

const ARTICLE_TYPES = /^(?:\w*Article|ReportageNewsArticle|BlogPosting|LiveBlogPosting|WebPage)$/;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** A name from `"Jane"`, `{ "name": "Jane" }` or an array of either, joined with ", ". */
function names(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const found = list
    .map((item) => (isObject(item) ? text(item['name']) : text(item)))
    .filter((name): name is string => name !== null && !/^https?:\/\//.test(name));
  return found.length > 0 ? found.join(', ') : null;
}

function isArticle(node: JsonObject): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((entry) => typeof entry === 'string' && ARTICLE_TYPES.test(entry));
}

function* objects(value: unknown): Generator<JsonObject> {
  if (Array.isArray(value)) {
    for (const item of value) yield* objects(item);
  } else if (isObject(value)) {
    yield value;
    yield* objects(value['@graph']);
  }
}

/** The first article described by the page's JSON-LD blocks, or null. */
export function readJsonLdArticle(scripts: readonly string[]): JsonLdArticle | null {
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script);
    } catch {
      continue; // Broken JSON-LD is common; the page's other metadata still counts.
    }
    for (const node of objects(data)) {
      if (!isArticle(node) || (node['headline'] === undefined && node['datePublished'] === undefined)) continue;
      return {
        headline: text(node['headline']),
        datePublished: text(node['datePublished']),
        author: names(node['author']),
        publisher: names(node['publisher']),
      };
    }
  }
  return null;
}
