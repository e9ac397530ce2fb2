// The public surface of shared/: pure domain code used by the renderer, the Electron shell,
// scripts and tests. Nothing here touches the DOM, Node or Electron.
export * from './errors/app-error';
export * from './access';
