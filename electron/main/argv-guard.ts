// The fuses disable Node's inspector, but Chromium's remote debugging is a command-line switch
// that would expose decrypted data in the renderer. The app refuses to start with any of them.
// Chromium on Windows accepts "--", "-" and "/" switch prefixes and ignores case.

const DEBUG_SWITCH =
  /^(--|-|\/)(inspect(-brk|-port|-publish-uid)?|remote-debugging-(port|pipe|address)|remote-allow-origins|js-flags)(=.*)?$/i;

export const findDebugSwitch = (argv: readonly string[]): string | undefined =>
  argv.find((arg) => DEBUG_SWITCH.test(arg));

export const hasDebugSwitch = (argv: readonly string[]): boolean =>
  findDebugSwitch(argv) !== undefined;
