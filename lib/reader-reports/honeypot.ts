/** The readers' forms' hidden field people never see and form-filling robots do: anything in it is a robot. */
export const HONEYPOT_FIELD = 'website';
