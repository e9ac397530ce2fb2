export * from './parse';
export * from './generate';
export { lvCheckDigit, ltCheckDigit } from './checksum';
