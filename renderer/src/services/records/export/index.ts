export * from './export-columns';
export * from './export-files';
export * from './export-json';
