// The workspace lists an article's claims a page at a time (`?claims=N` shows the first N), so an
// article with 500 claims is not one megabyte of HTML. The highlights in the text cover every claim;
// activating one whose card is not shown yet asks for enough pages to include it.

export const WORKSPACE_CLAIMS_PAGE = 30;
/** More than any article has claims; a larger number is read as this. */
const MAX_SHOWN = 5000;

/** How many claim cards to show for the `claims` URL parameter: a whole number of pages, at least one. */
export function shownClaimCount(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const wanted = value && /^\d{1,6}$/.test(value) ? Number(value) : 0;
  return pagesFor(Math.min(Math.max(wanted, 1), MAX_SHOWN));
}

/** The smallest whole number of pages that shows `count` claims. */
export function pagesFor(count: number): number {
  return Math.max(1, Math.ceil(count / WORKSPACE_CLAIMS_PAGE)) * WORKSPACE_CLAIMS_PAGE;
}

/** A highlight as sent to the browser: [claim id, quote start, quote end, status, needs attention (1/0)]. */
export type CompactHighlight<Status extends string = string> = [string, number, number, Status, 0 | 1];

export function toCompactHighlight<Status extends string>(claim: {
  id: string;
  quoteStart: number;
  quoteEnd: number;
  status: Status;
  needsAttention: boolean;
}): CompactHighlight<Status> {
  return [claim.id, claim.quoteStart, claim.quoteEnd, claim.status, claim.needsAttention ? 1 : 0];
}
