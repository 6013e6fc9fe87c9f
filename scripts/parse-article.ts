// CLI: `npm run -s parse-article -- FILE` prints the parsed article as one JSON object.
// Any problem with the input is one line on stderr and exit code 1, with nothing on stdout,
// so the output can be piped straight into other tools.

import { readFileSync, statSync } from 'node:fs';
import { ArticleInputError, MAX_ARTICLE_BYTES } from '../lib/articles/parse-article';
import { parseArticleInWorker } from '../lib/articles/parse-in-worker';

function fail(message: string): never {
  process.stderr.write(`parse-article: ${message}\n`);
  process.exit(1);
}

function readArticleFile(path: string): Buffer {
  try {
    const stats = statSync(path);
    if (!stats.isFile()) fail(`${path} is not a file.`);
    // Refuse before reading, so a huge file is not loaded into memory just to be rejected.
    if (stats.size > MAX_ARTICLE_BYTES) fail(`${path}: ${new ArticleInputError('too-large').message}`);
    return readFileSync(path);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT') fail(`${path} does not exist.`);
    if (code === 'EACCES' || code === 'EPERM') fail(`${path} cannot be read (permission denied).`);
    fail(`${path} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const [path, ...extra] = process.argv.slice(2);
if (path === undefined || path === '' || extra.length > 0) fail('usage: npm run -s parse-article -- FILE');

// The same bounded parse as the importer: a hostile file gets the same message, not a hang.
const result = await parseArticleInWorker(readArticleFile(path));
if (!result.ok) fail(`${path}: ${result.error.message}`);

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.stdout.write(`${JSON.stringify(result.article, null, 2)}\n`);
