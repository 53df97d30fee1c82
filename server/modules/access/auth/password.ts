import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

// argon2id with OWASP's minimum parameters (19 MiB, 2 passes): strong, and fast enough for tests.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: 2 /* Argon2id */ } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/**
 * Generated temporary passwords carry ~70 bits of entropy, so a salted SHA-256 protects them as
 * well as argon2 would, at a cost that lets a bulk grant hash 5,000 in milliseconds. They must be
 * replaced at first sign-in, and the chosen password is hashed with argon2id.
 */
export function hashGeneratedPassword(password: string): string {
  const salt = randomBytes(16).toString('hex');
  return `sha256$${salt}$${createHash('sha256').update(salt + password).digest('hex')}`;
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (passwordHash.startsWith('sha256$')) {
    const [, salt, expected] = passwordHash.split('$');
    const actual = createHash('sha256').update(salt + password).digest();
    return timingSafeEqual(actual, Buffer.from(expected, 'hex'));
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random value: verifying against it costs the same as a real one (no timing leak). */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`dummy-${randomInt(1e9)}`);
  return dummyHash;
}

/** At least 8 characters, with letters and digits (product A3/A7). */
export function isStrongPassword(password: string): boolean {
  return password.length >= 8 && password.length <= 200 && /\p{L}/u.test(password) && /\d/.test(password);
}

// No look-alike characters (0/O, 1/l/I): people type these from an email or a phone.
const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

/** A temporary password of 12 characters with letters and digits. */
export function generateTemporaryPassword(): string {
  const all = LETTERS + DIGITS;
  const chars = [LETTERS[randomInt(LETTERS.length)], DIGITS[randomInt(DIGITS.length)]];
  while (chars.length < 12) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
