export * from './types';
export * from './purposes';
export * from './ledger';
export * from './corrections';
export * from './schema';
