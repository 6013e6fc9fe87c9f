// CSV cells and lines per RFC 4180, safe to open in a spreadsheet.

/** Excel only reads a CSV as UTF-8 (Indonesian accents, emoji) when the file starts with a BOM. */
export const CSV_BOM = '\uFEFF';
export const CSV_NEWLINE = '\r\n';

// A cell starting with one of these is run as a formula by Excel, LibreOffice and Google Sheets
// ("=HYPERLINK(...)", "+1-2", "@SUM(...)"); tab and carriage return hide such a start.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
// Most cells need neither: one test lets them through untouched (100,000-row exports).
const NEEDS_WORK = /^[=+\-@\t\r]|[",\r\n]/;

/**
 * OWASP's CSV-injection advice: prefix a single quote so the spreadsheet shows the text instead
 * of evaluating it. The quote is visible in the cell; the rest of the text is unchanged.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell: neutralised, then quoted (quotes doubled) when it holds a quote, comma or line break. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const raw = String(value);
  if (!NEEDS_WORK.test(raw)) return raw;
  const text = neutraliseFormula(raw);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null)[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvCell(cells[i] ?? null);
  return line + CSV_NEWLINE;
}
