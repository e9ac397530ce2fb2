// Suggested file names arrive from the renderer and end up in a save dialog on Windows. A name
// is a bare file name: no folders, nothing Windows would reinterpret, nothing hidden.

const MAX_FILE_NAME_LENGTH = 120;
// Path separators, drive colons, Windows wildcard/reserved characters.
const FORBIDDEN_CHARACTERS = /[/\\:*?"<>|]/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** True when the text holds a control character (NUL included): U+0000..U+001F, U+007F. */
export const hasControlCharacter = (text: string): boolean => {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
};

export const isSafeFileName = (name: string): boolean =>
  name.length > 0 &&
  name.length <= MAX_FILE_NAME_LENGTH &&
  !FORBIDDEN_CHARACTERS.test(name) &&
  !hasControlCharacter(name) &&
  !name.startsWith('.') &&
  !name.endsWith('.') &&
  name.trim() === name &&
  !WINDOWS_RESERVED.test(name);
