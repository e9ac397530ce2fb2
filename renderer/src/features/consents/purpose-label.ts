import type { Purpose } from '@shared/consent';

/** The purpose's label in the UI language (lv, lt or en). */
export const purposeLabelIn = (purpose: Purpose, language: string): string =>
  language.startsWith('lt')
    ? purpose.labels.lt
    : language.startsWith('en')
      ? purpose.labels.en
      : purpose.labels.lv;
