// CLI: `npm run -s extract-claims -- FILE.jsonl`. Reads {"id", "text"} lines and writes one
// {"id", "claims": [...]} line per input, in the shape the attribution scorer reads; content that
// skips its cue ("A," she said. "B.") is written as pieces.
import { readFileSync } from 'node:fs';
import { extractClaims } from '../lib/claims/extract/extract-claims';

function fail(message: string): never {
  process.stderr.write(`extract-claims: ${message}\n`);
  process.exit(1);
}

const file = process.argv[2];
if (!file) fail('usage: npm run -s extract-claims -- FILE.jsonl');

let input: string;
try {
  input = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
}

const out: string[] = [];
input.split('\n').forEach((line, index) => {
  if (line.trim() === '') return;
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch {
    fail(`${file}:${index + 1}: line is not JSON`);
  }
  if (typeof doc !== 'object' || doc === null || !('text' in doc) || typeof doc.text !== 'string') {
    fail(`${file}:${index + 1}: expected an object with a string "text"`);
  }
  const id = 'id' in doc ? doc.id : null;
  const claims = extractClaims(doc.text).map((c) => ({
    // The scorer reads content as [s, e] or as pieces [[s, e], ...].
    content: c.contentPieces ?? c.content,
    source: c.source,
    cue: c.cue,
    stance: c.stance,
    sourceName: c.sourceName,
  }));
  out.push(JSON.stringify({ id, claims }));
});
process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
