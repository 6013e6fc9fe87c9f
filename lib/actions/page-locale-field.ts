// The hidden form field in which a reader page names its language, so a public form action answers
// in the language of the page it was sent from, not the one the browser prefers (a reader on an
// English page of an Indonesian browser reads English). Shared by the forms and define-action.ts.
export const PAGE_LOCALE_FIELD = 'pageLocale';
