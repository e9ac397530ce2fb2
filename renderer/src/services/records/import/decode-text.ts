// Text files from spreadsheets arrive in whatever encoding the office PC wrote: UTF-8 (with or
// without a byte-order mark), UTF-16LE ("Unicode text" from Excel) or Windows-1257, the Baltic
// code page that Excel uses for "CSV (semicolon delimited)" on a Latvian or Lithuanian Windows.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1257';

export type DecodedText = {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** True when the file started with a byte-order mark. */
  readonly bom: boolean;
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

/**
 * Decodes a text file. A BOM decides; otherwise strict UTF-8 is tried first (a Windows-1257
 * file with any letter beyond ASCII is almost never valid UTF-8), then Windows-1257.
 */
export const decodeTextFile = (input: ArrayBuffer | Uint8Array): DecodedText => {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8',
      bom: true,
    };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      bom: true,
    };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      bom: true,
    };
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      bom: false,
    };
  } catch {
    return {
      text: new TextDecoder('windows-1257').decode(bytes),
      encoding: 'windows-1257',
      bom: false,
    };
  }
};
