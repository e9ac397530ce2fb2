// The public surface of shared/: pure domain code used by the renderer, the Electron shell,
// scripts and tests. Nothing here touches the DOM, Node or Electron. PDF rendering is imported
// from './pdf' directly by the few callers that need it (it brings pdf-lib along).
export * from './errors/app-error';
export * from './access';
export * from './audit';
export * from './personal-code';
export * from './consent';
export * from './text';
export * from './domain';
export * from './password';
export * from './ipc';
export * from './requests';
export * from './retention';
