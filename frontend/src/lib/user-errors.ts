/**
 * Turns GraphQL `userErrors` into form errors. The message shown comes from the `code` (an i18n key in the `common`
 * namespace), never from the server's English `message`. The `field` path (`["input", "email"]`) names the form
 * field; a nested path (`["input", "address", "postcode"]`) names it with dots (`address.postcode`, as form libraries
 * name nested values) and falls back to its parents (`address`) when the form does not show that exact field; errors
 * without a field, or on a field the form does not show, become form-level errors.
 */

export type UserErrorLike = {
  readonly code: string;
  readonly field?: readonly string[] | null;
  readonly message?: string;
};

export type MappedUserErrors = {
  /** Form field name → i18n key. */
  readonly fields: Record<string, string>;
  /** i18n keys for errors not tied to a shown field. */
  readonly form: string[];
};

/** code → i18n key (namespace `common`). Codes not listed fall back to a generic, honest message. */
export const userErrorMessageKeys: Readonly<Record<string, string>> = {
  REQUIRED: 'common:userErrors.REQUIRED',
  INVALID_FORMAT: 'common:userErrors.INVALID_FORMAT',
  NOT_FOUND: 'common:userErrors.NOT_FOUND',
  PERMISSION_DENIED: 'common:userErrors.PERMISSION_DENIED',
  CONCURRENT_MODIFICATION: 'common:userErrors.CONCURRENT_MODIFICATION',
  EMAIL_ALREADY_USED: 'common:userErrors.EMAIL_ALREADY_USED',
  PASSWORD_TOO_WEAK: 'common:userErrors.PASSWORD_TOO_WEAK',
  PASSWORD_INCORRECT: 'common:userErrors.PASSWORD_INCORRECT',
  TEAM_NAME_ALREADY_USED: 'common:userErrors.TEAM_NAME_ALREADY_USED',
  CANNOT_CHANGE_OWN_ACCESS: 'common:userErrors.CANNOT_CHANGE_OWN_ACCESS',
  USER_ALREADY_INACTIVE: 'common:userErrors.USER_ALREADY_INACTIVE',
  USER_ALREADY_ACTIVE: 'common:userErrors.USER_ALREADY_ACTIVE',
  ROLE_REQUIRED: 'common:userErrors.ROLE_REQUIRED',
  API_CLIENT_NAME_ALREADY_USED: 'common:userErrors.API_CLIENT_NAME_ALREADY_USED',
  POSSIBLE_DUPLICATE: 'common:userErrors.POSSIBLE_DUPLICATE',
  INVALID_PERIOD: 'common:userErrors.INVALID_PERIOD',
  PARTY_MERGED: 'common:userErrors.PARTY_MERGED',
  INVALID_MERGE: 'common:userErrors.INVALID_MERGE',
  CLIENT_ALREADY_EXISTS: 'common:userErrors.CLIENT_ALREADY_EXISTS',
  INVALID_STATUS_TRANSITION: 'common:userErrors.INVALID_STATUS_TRANSITION',
  INVALID_CLAIM: 'common:userErrors.INVALID_CLAIM',
  CURRENCY_MISMATCH: 'common:userErrors.CURRENCY_MISMATCH',
  INVALID_AMOUNT: 'common:userErrors.INVALID_AMOUNT',
  DATE_IN_PAST: 'common:userErrors.DATE_IN_PAST',
  NO_OPEN_BALANCE: 'common:userErrors.NO_OPEN_BALANCE',
  BALANCE_UNAVAILABLE: 'common:userErrors.BALANCE_UNAVAILABLE',
  PLAN_DOES_NOT_COVER_BALANCE: 'common:userErrors.PLAN_DOES_NOT_COVER_BALANCE',
  PAYMENT_PLAN_TOO_LONG: 'common:userErrors.PAYMENT_PLAN_TOO_LONG',
  PAYMENT_PLAN_ALREADY_ACTIVE: 'common:userErrors.PAYMENT_PLAN_ALREADY_ACTIVE',
  DATE_IN_FUTURE: 'common:userErrors.DATE_IN_FUTURE',
  SPLIT_DOES_NOT_ADD_UP: 'common:userErrors.SPLIT_DOES_NOT_ADD_UP',
  NOT_SAME_DEBTOR: 'common:userErrors.NOT_SAME_DEBTOR',
  PAYMENT_ALREADY_REVERSED: 'common:userErrors.PAYMENT_ALREADY_REVERSED',
  INTEREST_RATE_UNKNOWN: 'common:userErrors.INTEREST_RATE_UNKNOWN',
  DATE_OUT_OF_RANGE: 'common:userErrors.DATE_OUT_OF_RANGE',
  RATE_ALREADY_ENTERED: 'common:userErrors.RATE_ALREADY_ENTERED',
  NOT_A_CLIENT_USER: 'common:userErrors.NOT_A_CLIENT_USER',
  SAVED_VIEW_NAME_ALREADY_USED: 'common:userErrors.SAVED_VIEW_NAME_ALREADY_USED',
  SAVED_VIEW_LIMIT_REACHED: 'common:userErrors.SAVED_VIEW_LIMIT_REACHED',
};

export const unknownUserErrorKey = 'common:userErrors.UNKNOWN';

export function userErrorMessageKey(code: string): string {
  return userErrorMessageKeys[code] ?? unknownUserErrorKey;
}

/** The form field a `field` path points at: the segment after `input` (`["input","teamIds","0"]` → `teamIds`). */
export function fieldNameOf(path: readonly string[] | null | undefined): string | undefined {
  if (!path || path.length === 0) return undefined;
  const start = path[0] === 'input' ? 1 : 0;
  return path[start];
}

/**
 * The names a `field` path may have in a form, most specific first: `["input","address","postcode"]` →
 * `address.postcode`, then `address`; `["input","teamIds","1"]` → `teamIds.1`, then `teamIds`.
 */
export function fieldNamesOf(path: readonly string[] | null | undefined): string[] {
  if (!path || path.length === 0) return [];
  const segments = path[0] === 'input' ? path.slice(1) : path;
  return segments.map((_, index) => segments.slice(0, segments.length - index).join('.'));
}

/**
 * @param formFields the fields the form shows (dotted for nested values: `person.familyName`), with optional renames
 * from the input name (`teamIds` → `teams`).
 */
export function mapUserErrors(
  errors: readonly UserErrorLike[],
  formFields: Readonly<Record<string, string>> | readonly string[],
): MappedUserErrors {
  const known: Record<string, string> = Array.isArray(formFields)
    ? Object.fromEntries((formFields as readonly string[]).map((f) => [f, f]))
    : (formFields as Record<string, string>);
  const fields: Record<string, string> = {};
  const form: string[] = [];
  for (const error of errors) {
    const key = userErrorMessageKey(error.code);
    const formField = fieldNamesOf(error.field)
      .map((name) => known[name])
      .find((name) => name !== undefined);
    if (formField !== undefined && fields[formField] === undefined) fields[formField] = key;
    else if (!form.includes(key)) form.push(key);
  }
  return { fields, form };
}

/** Translates mapped field errors into messages for a form library (`{ email: "This e-mail address …" }`). */
export function translateFieldErrors(mapped: MappedUserErrors, t: (key: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(mapped.fields).map(([field, key]) => [field, t(key)]));
}
