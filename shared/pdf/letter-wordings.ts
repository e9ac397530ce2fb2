import { LETTER_WORDING_LT } from './letter-wording-lt';
import { LETTER_WORDING_LV } from './letter-wording-lv';
import type { LetterLanguage, LetterWording } from './letter-wording';

/** The wording of a language. */
export const letterWording = (language: LetterLanguage): LetterWording =>
  language === 'lv' ? LETTER_WORDING_LV : LETTER_WORDING_LT;
