export * from './channels';
export * from './contract';
export * from './file-name';
export * from './menu-state';
