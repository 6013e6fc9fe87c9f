// The one start of every server action, which is a public POST endpoint whatever page shows its
// form: session -> permission -> input (zod) -> record id -> the row, loaded scoped to what the user
// may touch -> the action itself, which writes in a transaction with its audit event. Each function
// made here is branded, so a test can prove that every exported action goes through this start.
// The one action for visitors without a session (signing in) starts with a same-site check instead.
// Every message it returns is in the caller's language (the editor's choice, else the browser's):
// refusals, zod messages and `missing` may be catalogue keys (lib/i18n/localise.ts), and the action
// gets `locale` and `t` to say its own outcome.
import 'server-only';
import { headers } from 'next/headers';
import type { z } from 'zod';
import { authorize, type CurrentUser } from '@/lib/auth/current-user';
import { isCrossSite } from '@/lib/http/same-origin';
import { actionLocale } from '@/lib/i18n/action-locale';
import { localise, translatorFor, type Translator } from '@/lib/i18n/localise';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import type { Permission } from '@/lib/permissions';
import { isRecordId } from '@/lib/record-id';
import { PAGE_LOCALE_FIELD } from './page-locale-field';
import { RECORD_ID_FIELD } from './record-field';
import { invalid, submittedValues, type ActionResult } from './result';

export interface ActionContext<Input> {
  user: CurrentUser;
  /** The language the caller reads: say the outcome with `t`. */
  locale: Locale;
  t: Translator;
  input: Input;
  /** What was typed, echoed back with a refusal so the form keeps it. */
  values: Record<string, string>;
}

export interface RecordContext<Input, Row> extends ActionContext<Input> {
  row: Row;
}

interface ParseSpec<S extends z.ZodType> {
  schema: S;
  /** Form fields never echoed back (a refused form must not send a password or a raw upload back). */
  omitValues?: readonly string[];
  /** Small forms: when exactly one thing is wrong, say it in the message itself. */
  nameSingleProblem?: boolean;
}

interface InputSpec<S extends z.ZodType> extends ParseSpec<S> {
  permission: Permission;
}

/** What an action for visitors without a session gets: the parsed input and what was typed. */
export type PublicContext<Input> = Omit<ActionContext<Input>, 'user'>;

interface RecordSpec<S extends z.ZodType, Row> extends InputSpec<S> {
  /** Said (a catalogue key, or text) for an id that is not a record id and for a row that is not there (or not the user's to touch). */
  missing: string;
  load(id: string, context: ActionContext<z.output<S>>): Promise<Row | null>;
}

type Run<Context, T> = (context: Context) => ActionResult<T> | Promise<ActionResult<T>>;
type Started<Context> = { ok: true; context: Context } | { ok: false; result: ActionResult<never> };

const madeHere = new WeakSet<object>();

function brand<F extends object>(action: F): F {
  madeHere.add(action);
  return action;
}

/** True for a function made by this module: the test of "every action goes through the wrapper". */
export function isDefinedAction(value: unknown): boolean {
  return typeof value === 'function' && madeHere.has(value);
}

/** A zod issue's message in the caller's language, its limits (minimum, maximum) filled in. */
function localiseIssue(locale: Locale, issue: z.core.$ZodIssue) {
  const limits: Record<string, number> = {};
  if ('minimum' in issue) limits.minimum = Number(issue.minimum);
  if ('maximum' in issue) limits.maximum = Number(issue.maximum);
  return { ...issue, message: localise(locale, issue.message, limits) };
}

function parseInput<S extends z.ZodType>(
  spec: ParseSpec<S>,
  raw: unknown,
  values: Record<string, string>,
  locale: Locale,
): Started<PublicContext<z.output<S>>> {
  const parsed = spec.schema.safeParse(raw);
  const t = translatorFor(locale);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => localiseIssue(locale, issue));
    const [only, ...more] = issues;
    const result = invalid(issues, values, t('Actions.invalid'));
    return { ok: false, result: spec.nameSingleProblem && only && more.length === 0 ? { ...result, message: only.message } : result };
  }
  return { ok: true, context: { input: parsed.data, values, locale, t } };
}

async function start<S extends z.ZodType>(
  spec: InputSpec<S>,
  raw: unknown,
  values: Record<string, string>,
): Promise<Started<ActionContext<z.output<S>>>> {
  const access = await authorize(spec.permission);
  const locale = await actionLocale(access.ok ? access.user : null);
  if (!access.ok) {
    const t = translatorFor(locale);
    return { ok: false, result: { ok: false, message: t(access.status === 401 ? 'Actions.signedOut' : 'Actions.forbidden') } };
  }
  const parsed = parseInput(spec, raw, values, locale);
  return parsed.ok ? { ok: true, context: { user: access.user, ...parsed.context } } : parsed;
}

async function startWithRecord<S extends z.ZodType, Row>(
  spec: RecordSpec<S, Row>,
  id: unknown,
  raw: unknown,
  values: Record<string, string>,
): Promise<Started<RecordContext<z.output<S>, Row>>> {
  const started = await start(spec, raw, values);
  if (!started.ok) return started;
  const row = isRecordId(id) ? await spec.load(id, started.context) : null;
  if (row === null) return { ok: false, result: { ok: false, message: localise(started.context.locale, spec.missing), values } };
  return { ok: true, context: { ...started.context, row } };
}

const formInput = (formData: FormData) => Object.fromEntries(formData);

/** The form without one of its hidden fields (the record id, the page language): they are not input, and are never echoed back. */
function without(field: string, formData: FormData): FormData {
  const rest = new FormData();
  for (const [key, value] of formData) if (key !== field) rest.append(key, value);
  return rest;
}

/** An action a form calls with useActionState: `(previous, formData)`. */
export function formAction<S extends z.ZodType, T = undefined>(spec: InputSpec<S>, run: Run<ActionContext<z.output<S>>, T>) {
  return brand(async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    const started = await start(spec, formInput(formData), submittedValues(formData, spec.omitValues));
    return started.ok ? run(started.context) : started.result;
  });
}

/**
 * A form action about one record, called like formAction: `(previous, formData)`. The form names the
 * record in its hidden RECORD_ID_FIELD (<RecordIdInput id={...} />), never by binding the id to the
 * action: lib/actions/record-field.ts says why. The id is checked like any other input.
 */
export function recordFormAction<S extends z.ZodType, Row, T = undefined>(
  spec: RecordSpec<S, Row>,
  run: Run<RecordContext<z.output<S>, Row>, T>,
) {
  return brand(async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    const fields = without(RECORD_ID_FIELD, formData);
    const started = await startWithRecord(spec, formData.get(RECORD_ID_FIELD), formInput(fields), submittedValues(fields, spec.omitValues));
    return started.ok ? run(started.context) : started.result;
  });
}

/** An action about one record called from client code with a plain value (or nothing) as input. */
export function recordAction<S extends z.ZodType, Row, T = undefined>(
  spec: RecordSpec<S, Row>,
  run: Run<RecordContext<z.output<S>, Row>, T>,
) {
  return brand(async (id: string, input?: unknown): Promise<ActionResult<T>> => {
    const started = await startWithRecord(spec, id, input, {});
    return started.ok ? run(started.context) : started.result;
  });
}

/**
 * A form action for visitors without a session, such as signing in. There is no session to check,
 * but a form posted from another site must not act in the visitor's browser (login CSRF: a hostile
 * page signing the victim into the attacker's account), so the same-site check takes that step's
 * place: Next refuses a mismatched Origin itself, this also reads Sec-Fetch-Site and `Origin: null`.
 */
export function publicFormAction<S extends z.ZodType, T = undefined>(spec: ParseSpec<S>, run: Run<PublicContext<z.output<S>>, T>) {
  return brand(async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    // A reader page names its language in the form (PAGE_LOCALE_FIELD): the answer is in the page's
    // language, whatever the browser prefers.
    const pageLocale = formData.get(PAGE_LOCALE_FIELD);
    const locale = isLocale(pageLocale) ? pageLocale : await actionLocale(null);
    if (isCrossSite(await headers())) return { ok: false, message: translatorFor(locale)('Actions.crossSite') };
    const fields = without(PAGE_LOCALE_FIELD, formData);
    const parsed = parseInput(spec, formInput(fields), submittedValues(fields, spec.omitValues), locale);
    return parsed.ok ? run(parsed.context) : parsed.result;
  });
}

/**
 * The other exemption from the permission step: an action that touches nothing but the caller's own
 * session (signing out). It takes no input and reads no row, so there is nothing to check.
 */
export function ownSessionAction(run: () => Promise<void>) {
  return brand(async (): Promise<void> => run());
}
