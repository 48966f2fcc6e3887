/**
 * Temporary passwords an administrator hands to a user. The server's policy: at least 12 characters, not a common
 * password, not the e-mail address. 16 random characters from an alphabet without look-alikes (0/O, 1/l/I) meet it
 * and are easy to read out over the phone.
 */

const lower = 'abcdefghijkmnpqrstuvwxyz';
const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const digits = '23456789';
const symbols = '-_.!?#%+';
const all = lower + upper + digits + symbols;

export const minimumPasswordLength = 12;

function randomIndex(limit: number): number {
  // Rejection sampling keeps every character equally likely.
  const buffer = new Uint32Array(1);
  const ceiling = Math.floor(0x1_0000_0000 / limit) * limit;
  for (;;) {
    crypto.getRandomValues(buffer);
    const value = buffer[0] ?? 0;
    if (value < ceiling) return value % limit;
  }
}

function pick(alphabet: string): string {
  return alphabet.charAt(randomIndex(alphabet.length));
}

export function generateTemporaryPassword(length = 16): string {
  const chars = [pick(lower), pick(upper), pick(digits), pick(symbols)];
  while (chars.length < length) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomIndex(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}
