export * from './actions';
export * from './grouping';
