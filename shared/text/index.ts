export * from './dates';
export * from './search';
export * from './printable';
export * from './namesakes';
