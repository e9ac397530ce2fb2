export * from './subject-index';
