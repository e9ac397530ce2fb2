export * from './schema';
export * from './rows';
export * from './ledger-repo';
export * from './evidence-repo';
export * from './catalog-repo';
