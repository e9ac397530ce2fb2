// What an erasure covers, in words: "the whole record" or the categories listed.
import type { TFunction } from 'i18next';
import type { ErasureScope } from '@shared/retention/erasure';

export const scopeText = (t: TFunction, scope: ErasureScope): string =>
  scope.kind === 'whole'
    ? t('erasures.scope.whole')
    : scope.categories.map((c) => t(`erasures.category.${c}`)).join(', ');
