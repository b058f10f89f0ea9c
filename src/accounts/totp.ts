/**
 * TOTP (RFC 6238) through otplib's defaults: SHA-1, 6 digits, 30 s — what
 * every authenticator app accepts. One step of clock drift either way is
 * tolerated, and a code is never accepted twice (its time step is remembered).
 */
import { generate, generateSecret, generateURI, verify } from 'otplib';

export const TOTP_ISSUER = 'Ventanilla';

export const newTotpSecret = (): string => generateSecret(); // 20 random bytes, Base32

export const totpUri = (label: string, secret: string): string => generateURI({ issuer: TOTP_ISSUER, label, secret });

/** The secret in groups of four, easier to type into an app by hand. */
export const groupedSecret = (secret: string): string => secret.replace(/(.{4})/g, '$1 ').trim();

/** Returns the matched time step, or null. `afterStep`: the last step accepted for this account. */
export async function checkTotp(secret: string, code: string, afterStep: number | null, epoch?: number): Promise<number | null> {
  try {
    const r = await verify({
      secret,
      token: code,
      epochTolerance: 30,
      ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
      ...(epoch !== undefined ? { epoch } : {}),
    });
    return r.valid && 'timeStep' in r ? r.timeStep : null;
  } catch {
    return null; // malformed secret or token: not a valid code
  }
}

/** The current code (tests and the e2e journey play the authenticator app). */
export const totpNow = (secret: string, epoch?: number): Promise<string> => generate({ secret, ...(epoch !== undefined ? { epoch } : {}) });
