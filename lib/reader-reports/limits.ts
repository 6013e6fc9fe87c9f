// The readers' forms' limits, apart from the zod schema: the client form needs them, and a client
// bundle holding zod probes for eval, which the reader pages' Content-Security-Policy refuses.
export const MAX_REPORT_LENGTH = 5000;
