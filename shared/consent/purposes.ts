// The three consent items of Veidlapa Nr. 1 (seed 004), the three of a social office's client
// form (issue 11 item 5), plus purposes the head defines.
import type { InstitutionKind } from '../domain/types';
import { AppError } from '../errors/app-error';
import type { Purpose, PurposeLabels } from './types';

export const BUILT_IN_PURPOSE_IDS = ['photo-premises', 'photo-publish', 'name-publish'] as const;
export type BuiltInPurposeId = (typeof BUILT_IN_PURPOSE_IDS)[number];

export const BUILT_IN_PURPOSES: readonly Purpose[] = [
  {
    id: 'photo-premises',
    builtIn: true,
    labels: {
      lv: 'Fotogrāfijas un filmēšanas ieraksti, to izvietošana iestādes telpās',
      lt: 'Fotografavimas ir filmavimas, nuotraukų eksponavimas įstaigos patalpose',
      en: 'Photos and video recordings, displayed on the premises',
    },
  },
  {
    id: 'photo-publish',
    builtIn: true,
    labels: {
      lv: 'Fotogrāfiju un filmēšanas ierakstu publicēšana (dokumenti, gadagrāmatas, mājas lapa)',
      lt: 'Nuotraukų ir vaizdo įrašų skelbimas (leidiniai, metraščiai, interneto svetainė)',
      en: 'Publishing photos and video (documents, yearbooks, website)',
    },
  },
  {
    id: 'name-publish',
    builtIn: true,
    labels: {
      lv: 'Vārda un uzvārda publicēšana (dokumenti, gadagrāmatas, mājas lapa)',
      lt: 'Vardo ir pavardės skelbimas (leidiniai, metraščiai, interneto svetainė)',
      en: 'Publishing the name and surname (documents, yearbooks, website)',
    },
  },
];

/**
 * The items of a social office's client consent form (lv-klienta-piekrisana-1,
 * lt-kliento-sutikimas-1): seed 000 points 13-16 (photo, video and audiovisual recording at the
 * office's events, and its publication) and participation in the office's events.
 */
export const CLIENT_PURPOSE_IDS = [
  'photo-video',
  'photo-video-publish',
  'event-participation',
] as const;
export type ClientPurposeId = (typeof CLIENT_PURPOSE_IDS)[number];

export const CLIENT_PURPOSES: readonly Purpose[] = [
  {
    id: 'photo-video',
    builtIn: true,
    labels: {
      lv: 'Fotografēšana, filmēšana un audiovizuāla fiksācija iestādes pasākumos',
      lt: 'Fotografavimas, filmavimas ir garso bei vaizdo įrašymas įstaigos renginiuose',
      en: "Photos, video and audiovisual recording at the office's events",
    },
  },
  {
    id: 'photo-video-publish',
    builtIn: true,
    labels: {
      lv: 'Foto un video publiskošana (interneta vietnes, prese, sociālie tīkli)',
      lt: 'Nuotraukų ir vaizdo įrašų skelbimas (interneto svetainės, spauda, socialiniai tinklai)',
      en: 'Publishing photos and video (websites, press, social networks)',
    },
  },
  {
    id: 'event-participation',
    builtIn: true,
    labels: {
      lv: 'Dalība iestādes rīkotajos pasākumos',
      lt: 'Dalyvavimas įstaigos organizuojamuose renginiuose',
      en: "Taking part in the office's events",
    },
  },
];

/**
 * The purpose a photo check asks about until the user picks others: publishing photos, whichever
 * kind's form the register uses ('photo-publish' on Veidlapa Nr. 1, 'photo-video-publish' on the
 * client form).
 */
export const PUBLISH_PHOTO_PURPOSE_IDS: readonly string[] = [
  'photo-publish',
  'photo-video-publish',
];

/** The built-in purposes of an institution kind: a register shows only its own kind's. */
export const builtInPurposesFor = (kind: InstitutionKind): readonly Purpose[] =>
  kind === 'socialOffice' ? CLIENT_PURPOSES : BUILT_IN_PURPOSES;

/** True for the id of any built-in purpose, of either institution kind. */
export const isBuiltInPurposeId = (id: string): id is BuiltInPurposeId | ClientPurposeId =>
  (BUILT_IN_PURPOSE_IDS as readonly string[]).includes(id) ||
  (CLIENT_PURPOSE_IDS as readonly string[]).includes(id);

/** Prefix of generated purpose ids, so they can never collide with a built-in id. */
export const CUSTOM_PURPOSE_PREFIX = 'custom-';

const MAX_LABEL = 200;

/**
 * A purpose the head adds. `newId` supplies randomness (crypto.randomUUID in the app) so this
 * stays pure. The label in `primary`, the institution's own language (its group sheets and
 * withdrawal forms print it), is required; the other languages fall back to it, so a Lithuanian
 * kindergarten never prints a Latvian purpose name. Throws AppError('validation') naming the
 * missing `labels.<primary>`, or 'labels' for a label too long or with control characters.
 */
export const createCustomPurpose = (
  labels: Partial<PurposeLabels>,
  newId: () => string,
  primary: 'lv' | 'lt' = 'lv',
): Purpose => {
  const trimmed = {
    lv: labels.lv?.trim() ?? '',
    lt: labels.lt?.trim() ?? '',
    en: labels.en?.trim() ?? '',
  };
  const fallback = trimmed[primary];
  if (fallback === '')
    throw new AppError('validation', 'validation.required', { field: `labels.${primary}` });
  if ([trimmed.lv, trimmed.lt, trimmed.en].some((l) => l.length > MAX_LABEL || /\p{Cc}/u.test(l))) {
    throw new AppError('validation', 'validation.invalid', { field: 'labels' });
  }
  const id = `${CUSTOM_PURPOSE_PREFIX}${newId()}`;
  return {
    id,
    builtIn: false,
    labels: {
      lv: trimmed.lv || fallback,
      lt: trimmed.lt || fallback,
      en: trimmed.en || fallback,
    },
  };
};

/** The purpose's label in a language. */
export const purposeLabel = (purpose: Purpose, locale: keyof PurposeLabels): string =>
  purpose.labels[locale];
