// saxen ships no types; only what the workbook scan uses is declared.
declare module 'saxen' {
  type Attributes = Record<string, string>;
  export class Parser {
    constructor(options?: { proxy?: boolean });
    on(
      event: 'openTag',
      cb: (
        name: string,
        attrs: () => Attributes,
        decode: (s: string) => string,
        selfClosing: boolean,
      ) => void,
    ): this;
    on(
      event: 'closeTag',
      cb: (name: string, decode: (s: string) => string, selfClosing: boolean) => void,
    ): this;
    on(event: 'text', cb: (value: string, decode: (s: string) => string) => void): this;
    on(event: 'error' | 'warn', cb: (error: Error) => void): this;
    parse(xml: string): this;
  }
}
