export * from './types';
export * from './schemas';
export * from './input-schemas';
export {
  EARLIEST_DATE,
  NAME_MAX,
  hasControlChars,
  pastBounds,
  plannedBounds,
  isoDateField,
  dateInputField,
  personalCodeField,
  type DateBounds,
} from './fields';
export * from './leaving';
