// Test helpers: encode text the way Baltic Windows Excel writes it.

const win1257Table = (): Map<string, number> => {
  const decoder = new TextDecoder('windows-1257');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b += 1) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (ch !== '\ufffd' && !table.has(ch)) table.set(ch, b);
  }
  return table;
};

/** Encodes text as Windows-1257 bytes; throws on a character the code page lacks. */
export const encodeWindows1257 = (text: string): Uint8Array => {
  const table = win1257Table();
  const out: number[] = [];
  for (const ch of text) {
    const b = table.get(ch);
    if (b === undefined) throw new Error('character not in windows-1257');
    out.push(b);
  }
  return new Uint8Array(out);
};

export const utf8WithBom = (text: string): Uint8Array =>
  new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);

export const utf16leWithBom = (text: string): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = code & 0xff;
    out[3 + i * 2] = code >> 8;
  }
  return out;
};
