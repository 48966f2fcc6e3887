import { describe, expect, it } from 'vitest';
import { fieldNameOf, fieldNamesOf, mapUserErrors } from '@/lib/user-errors';

describe('mapUserErrors', () => {
  it('puts an error on the field its path names, with a message key from its code', () => {
    const mapped = mapUserErrors([{ code: 'EMAIL_ALREADY_USED', field: ['input', 'email'], message: 'x' }], ['name', 'email']);
    expect(mapped).toEqual({ fields: { email: 'common:userErrors.EMAIL_ALREADY_USED' }, form: [] });
  });

  it('renames input fields to form fields', () => {
    const mapped = mapUserErrors([{ code: 'NOT_FOUND', field: ['input', 'teamIds', '1'] }], { teamIds: 'teams' });
    expect(mapped.fields).toEqual({ teams: 'common:userErrors.NOT_FOUND' });
  });

  it('keeps errors without a shown field at form level, and unknown codes get a generic message', () => {
    const mapped = mapUserErrors(
      [
        { code: 'CANNOT_CHANGE_OWN_ACCESS', field: null },
        { code: 'SOMETHING_NEW', field: ['input', 'hidden'] },
      ],
      ['name'],
    );
    expect(mapped.form).toEqual(['common:userErrors.CANNOT_CHANGE_OWN_ACCESS', 'common:userErrors.UNKNOWN']);
  });

  it('reads paths with or without the input prefix', () => {
    expect(fieldNameOf(['input', 'name'])).toBe('name');
    expect(fieldNameOf(['name'])).toBe('name');
    expect(fieldNameOf(null)).toBeUndefined();
  });

  it('puts an error on a nested path on the dotted form field, or on its closest shown parent', () => {
    const mapped = mapUserErrors(
      [
        { code: 'INVALID_FORMAT', field: ['input', 'address', 'postcode'] },
        { code: 'REQUIRED', field: ['input', 'person', 'familyName'] },
        { code: 'INVALID_FORMAT', field: ['input', 'iban'] },
      ],
      ['address.postcode', 'person', 'iban'],
    );
    expect(mapped).toEqual({
      fields: { 'address.postcode': 'common:userErrors.INVALID_FORMAT', person: 'common:userErrors.REQUIRED', iban: 'common:userErrors.INVALID_FORMAT' },
      form: [],
    });
  });

  it('names nested paths most specific first', () => {
    expect(fieldNamesOf(['input', 'address', 'postcode'])).toEqual(['address.postcode', 'address']);
    expect(fieldNamesOf(['email'])).toEqual(['email']);
    expect(fieldNamesOf(undefined)).toEqual([]);
  });
});
