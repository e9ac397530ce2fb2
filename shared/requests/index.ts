export * from './working-days';
export * from './local-date';
export * from './deadline';
export * from './urgency';
export * from './types';
export * from './model';
export * from './portability';
export { HOLIDAY_CORRECTIONS, type HolidayCorrection } from './holiday-corrections';
export {
  HOLIDAY_TABLE_FIRST_YEAR,
  HOLIDAY_TABLE_LAST_YEAR,
  HOLIDAY_TABLE_SOURCE,
  GENERATED_PUBLIC_HOLIDAYS,
} from './public-holidays.generated';
