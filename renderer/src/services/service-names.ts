// The office's list of social services (issue 11: a client's service is named from a list the
// head keeps). Names of services are not personal data: a plaintext setting, like the idle lock.
// Defaults per country from the seeds' wording (seed 000: LV social service; seeds 002-003: LT
// social support and home care). Changing the list never renames a client's stored service.
import type { Country } from '@shared/domain/types';
import { AppError } from '@shared/errors/app-error';
import { appendAudit } from '../data/audit/audit-log';
import type { Session } from '../data/session/session';
import { authorize, keyringFor } from './authorize';
import type { VaultContext } from './vault-context';

const KEY = 'serviceNames';
const MAX_NAMES = 100;
const MAX_LENGTH = 200;

export const DEFAULT_SERVICE_NAMES: Readonly<Record<Country, readonly string[]>> = {
  LV: [
    'Aprūpe mājās',
    'Sociālā rehabilitācija',
    'Dienas aprūpes centrs',
    'Ilgstošā sociālā aprūpe',
    'Sociālais darbs ar ģimeni',
    'Asistenta pakalpojums',
  ],
  LT: [
    'Pagalba į namus',
    'Socialinių įgūdžių ugdymas ir palaikymas',
    'Dienos socialinė globa',
    'Trumpalaikė socialinė globa',
    'Ilgalaikė socialinė globa',
    'Asmeninio asistento paslauga',
  ],
};

/** The list as stored, or the country's defaults. Needs no session (nothing personal). */
export const getServiceNames = async (ctx: VaultContext): Promise<string[]> => {
  const row = await ctx.db.settings.get(KEY);
  const stored: unknown = typeof row?.value === 'string' ? JSON.parse(row.value) : undefined;
  if (Array.isArray(stored)) return stored.filter((v): v is string => typeof v === 'string');
  const meta = await ctx.db.meta.get('vault');
  return [...DEFAULT_SERVICE_NAMES[meta?.id === 'vault' ? meta.country : 'LV']];
};

/**
 * The head replaces the list ('settings.manage'): names trimmed, empty and repeated ones dropped.
 * Throws AppError('validation', 'errors.serviceNames') for an empty list or a name over 200
 * characters, more than 100 names.
 */
export const setServiceNames = async (
  ctx: VaultContext,
  session: Session,
  names: readonly string[],
): Promise<void> => {
  const auth = authorize(session, 'settings.manage');
  const cleaned = [...new Set(names.map((n) => n.trim().normalize('NFC')).filter((n) => n))];
  if (
    cleaned.length === 0 ||
    cleaned.length > MAX_NAMES ||
    cleaned.some((n) => n.length > MAX_LENGTH)
  )
    throw new AppError('validation', 'errors.serviceNames', { max: MAX_NAMES });
  // Stored as one JSON string: a setting's value is a scalar.
  await ctx.db.settings.put({ id: KEY, value: JSON.stringify(cleaned) });
  await appendAudit(
    ctx.db,
    keyringFor(auth).audit,
    [{ actor: session.userId, action: 'settings.change', entity: 'setting', entityId: KEY }],
    ctx.now(),
  );
};
