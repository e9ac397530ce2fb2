// A child is struck off the roll ("Atskaitīts"); a social-office client's service ends
// ("Pakalpojums izbeigts") (language review #24). The same keys serve both through a context.
import { describe, expect, it } from 'vitest';
import { kindContext } from '@renderer/features/subjects/kind-context';
import { appI18n } from './support/i18n-details';

describe('kindContext', () => {
  it('words the "left" status and date for a child and for a client', async () => {
    const i18n = await appI18n();
    const t = (key: string, kind: 'child' | 'client', lng: string) =>
      i18n.t(key, { ...kindContext(kind), lng });
    expect(t('subjects.status.left', 'child', 'lv')).toBe('Atskaitīts');
    expect(t('subjects.status.left', 'client', 'lv')).toBe('Pakalpojums izbeigts');
    expect(t('subjects.form.leftOn', 'client', 'lt')).toBe('Paslaugos nutraukimo data');
    expect(t('subjects.status.active', 'client', 'en')).toBe('Active');
  });
});
