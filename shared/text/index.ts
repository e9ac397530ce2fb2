export * from './dates';
export * from './search';
