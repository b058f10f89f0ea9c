/**
 * Passwords (argon2id, @node-rs/argon2) and one-time tokens. Tokens leave the
 * server once (cookie, e-mail link) and are stored only as SHA-256 hashes, so
 * a copy of the database cannot be used to sign in or follow a link.
 */
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane). @node-rs/argon2 defaults to argon2id.
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2);

/** A hash of nothing anyone knows: verifying against it costs what a real check costs. */
let decoy: Promise<string> | undefined;

/** Verifies a password; with no stored hash it still spends the time, so timing does not reveal unknown e-mails. */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    await verify(await (decoy ??= hashPassword(randomToken())), password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

/** 256 random bits, URL-safe. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
