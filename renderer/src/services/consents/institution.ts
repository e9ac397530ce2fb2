// The institution as printed on forms, read from the sealed vault meta row.
import type { FormInstitution as PdfInstitution } from '@shared/pdf';
import type { Country } from '../../data/db/rows';
import { openRow } from '../../data/db/sealed-row';
import { keyringOf, orgKeys, type Session } from '../../data/session/session';
import { readVaultMeta } from '../unlock';
import type { VaultContext } from '../vault-context';

const str = (details: Readonly<Record<string, unknown>>, key: string): string => {
  const value = details[key];
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return value.filter((v): v is string => typeof v === 'string').join('; ');
  return '';
};

const optional = (
  key: 'registrationNumber' | 'address' | 'phone' | 'email',
  value: string,
): Partial<PdfInstitution> => (value === '' ? {} : { [key]: value });

export const printedInstitution = async (
  ctx: VaultContext,
  session: Session,
): Promise<{ institution: PdfInstitution; country: Country }> => {
  const meta = await readVaultMeta(ctx);
  const opened = await openRow<{ org: Record<string, unknown> }>(
    orgKeys(keyringOf(session)),
    'meta',
    meta,
  );
  const d = opened.org ?? {};
  const institution: PdfInstitution = {
    name: str(d, 'name'),
    controllerName: str(d, 'controllerName') || str(d, 'controller'),
    operatorName: str(d, 'operatorName'),
    recipients: str(d, 'recipients'),
    ...optional('registrationNumber', str(d, 'registrationNumber')),
    ...optional('address', str(d, 'address')),
    ...optional('phone', str(d, 'phone')),
    ...optional('email', str(d, 'email')),
  };
  return { institution, country: meta.country };
};
