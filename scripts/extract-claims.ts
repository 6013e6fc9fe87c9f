// CLI: `npm run -s extract-claims -- FILE.jsonl`. Reads {"id", "text"} lines and writes one
// {"id", "claims": [...]} line per input, in the shape the attribution scorer reads; content that
// skips its cue ("A," she said. "B.") is written as pieces, and an attribution that answers an
// earlier one ("Turki menolak tuduhan itu") carries `"answers": i`, the index of that claim.
import { readFileSync } from 'node:fs';
import { extractClaims } from '../lib/claims/extract/extract-claims';
import { toScorerClaims } from '../lib/claims/extract/scorer-format';

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
  const claims = toScorerClaims(extractClaims(doc.text));
  out.push(JSON.stringify({ id, claims }));
});
process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
