// The subjects list's consent column: one short phrase and a tone per child, derived from the
// ledger on today's date. The phrase carries the meaning; the icon only repeats it.
import i18next from 'i18next';
import { allowsUse, type ConsentState } from '@shared/consent';
import { todayIso } from '@shared/text';
import type { ConsentSummary } from '../features/subjects/subjects-api';
import type { Session } from '../services';
import type { ConsentService } from '../services/consents';

export const summarize = (states: Readonly<Record<string, ConsentState>>): ConsentSummary => {
  const values = Object.values(states);
  const granted = values.filter(allowsUse).length;
  if (values.length === 0 || values.every((s) => s === 'none'))
    return { text: i18next.t('consents.summary.unanswered'), tone: 'unknown' };
  if (granted === values.length) return { text: i18next.t('consents.summary.all'), tone: 'ok' };
  if (granted === 0) return { text: i18next.t('consents.summary.nothing'), tone: 'none' };
  return {
    text: i18next.t('consents.summary.some', { granted, total: values.length }),
    tone: 'partial',
  };
};

export const consentSummaryProvider =
  (service: () => ConsentService) =>
  async (
    session: Session,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, ConsentSummary>> => {
    const states = await service().consentSummary(session, ids, todayIso(new Date()));
    return new Map(Object.entries(states).map(([id, perPurpose]) => [id, summarize(perPurpose)]));
  };
