export * from './types';
export * from './purposes';
export * from './ledger';
export * from './schema';
