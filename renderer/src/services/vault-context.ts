// What every service needs: the database, a clock, the KDF parameters for new slots and the
// password policy. Tests inject a fixed clock and the floor KDF parameters.
import { DEFAULT_KDF, type KdfSettings } from '../data/crypto/kdf';
import type { VaultDb } from '../data/db/vault-db';
import type { Keybook } from '../data/keys/keybook';
import { AppError } from '@shared/errors/app-error';
import type { SessionStore } from './session-store';

/** Returns rule codes the password breaks (empty: acceptable). Same shape as shared/password. */
export type PasswordCheck = (password: string, context: { readonly username: string }) => string[];

export type VaultContext = {
  readonly db: VaultDb;
  /** The person data keys of this vault (OPFS in the app; see docs/security-model.md). */
  readonly keybook: Keybook;
  readonly now: () => Date;
  readonly kdf: KdfSettings;
  readonly checkPassword: PasswordCheck;
  readonly sessions: SessionStore;
};

/**
 * Minimal policy until shared/password's checkPassword is wired in: seed 004 asks for at least
 * 8 characters; a password equal to or containing the username is refused.
 */
export const minimalPasswordCheck: PasswordCheck = (password, { username }) => {
  const codes: string[] = [];
  if (Array.from(new Intl.Segmenter().segment(password)).length < 8) codes.push('tooShort');
  const name = username.trim().toLocaleLowerCase('lv');
  if (name.length > 0 && password.toLocaleLowerCase('lv').includes(name))
    codes.push('containsUsername');
  return codes;
};

export const assertPassword = (ctx: VaultContext, password: string, username: string): void => {
  const rules = ctx.checkPassword(password, { username });
  if (rules.length > 0)
    throw new AppError('validation', 'errors.passwordPolicy', { rules: rules.join(',') });
};

export const defaultKdf = (): KdfSettings => DEFAULT_KDF;
