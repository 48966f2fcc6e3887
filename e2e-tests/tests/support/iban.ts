/**
 * IBANs for journeys: each run needs its own, or the duplicate check would find the parties of earlier runs.
 * The check digits follow ISO 13616 (ISO 7064 MOD 97-10), so the server accepts them.
 */

/** The two check digits of an IBAN for a country and its BBAN (the account part). */
export function ibanCheckDigits(country: string, bban: string): string {
  // Move the country code and "00" to the end, turn letters into numbers (A = 10 … Z = 35), then 98 − (n mod 97).
  const digits = `${bban}${country}00`
    .toUpperCase()
    .split('')
    .map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c))
    .join('');
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return String(98 - remainder).padStart(2, '0');
}

/** A valid Dutch IBAN at ABN AMRO with a random account number: `NLkk ABNA 0nnn nnnn nn`. */
export function aUniqueDutchIban(): string {
  const account = `0${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
  const bban = `ABNA${account}`;
  return `NL${ibanCheckDigits('NL', bban)}${bban}`;
}

/** An IBAN as people type it, in groups of four. */
export function spacedIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}
