import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to argon2id with the OWASP-recommended cost (m=19 MiB, t=2, p=1).
export const hashPassword = (password: string): Promise<string> => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the email is unknown, so both failures take the same time. */
export const DECOY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$b+f9C0RVpkj9upVuNaKyqQ$7JWMnMQkRlrM1k3gvNf3M7avSwdfjyyCfCmEP8e4g48';
