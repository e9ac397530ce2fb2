// An in-memory Origin Private File System for the Node integration tests, as fake-indexeddb is
// for IndexedDB: navigator.storage.getDirectory() with directories, files and createWritable()
// that replaces a file only on close() (like Chromium's swap file). Only what the keybook uses.
type Node = FakeDirectory | FakeFile;

const notFound = (): DOMException => new DOMException('not found', 'NotFoundError');

class FakeFile {
  readonly kind = 'file';
  bytes = new Uint8Array();
  constructor(readonly name: string) {}
  getFile(): Promise<Blob> {
    return Promise.resolve(new Blob([this.bytes.slice()]));
  }
  createWritable(): Promise<{
    write: (data: Uint8Array) => Promise<void>;
    close: () => Promise<void>;
    abort: () => Promise<void>;
  }> {
    const parts: Uint8Array[] = [];
    return Promise.resolve({
      write: (data: Uint8Array) => {
        parts.push(new Uint8Array(data));
        return Promise.resolve();
      },
      close: () => {
        const total = parts.reduce((n, p) => n + p.length, 0);
        const out = new Uint8Array(total);
        let at = 0;
        for (const p of parts) {
          out.set(p, at);
          at += p.length;
        }
        this.bytes = out;
        return Promise.resolve();
      },
      abort: () => Promise.resolve(),
    });
  }
}

class FakeDirectory {
  readonly kind = 'directory';
  readonly children = new Map<string, Node>();
  constructor(readonly name: string) {}
  private get(name: string, create: boolean, make: () => Node, kind: string): Promise<Node> {
    const found = this.children.get(name);
    if (found && found.kind !== kind)
      return Promise.reject(new DOMException('type', 'TypeMismatchError'));
    if (found) return Promise.resolve(found);
    if (!create) return Promise.reject(notFound());
    const made = make();
    this.children.set(name, made);
    return Promise.resolve(made);
  }
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<Node> {
    return this.get(name, options?.create === true, () => new FakeDirectory(name), 'directory');
  }
  getFileHandle(name: string, options?: { create?: boolean }): Promise<Node> {
    return this.get(name, options?.create === true, () => new FakeFile(name), 'file');
  }
  removeEntry(name: string): Promise<void> {
    if (!this.children.delete(name)) return Promise.reject(notFound());
    return Promise.resolve();
  }
  async *entries(): AsyncGenerator<[string, Node]> {
    for (const entry of [...this.children]) yield await Promise.resolve(entry);
  }
}

export const installFakeOpfs = (): void => {
  const root = new FakeDirectory('');
  const storage = { getDirectory: () => Promise.resolve(root) };
  const nav = (globalThis as { navigator?: { storage?: unknown } }).navigator;
  if (nav) Object.defineProperty(nav, 'storage', { value: storage, configurable: true });
  else Object.defineProperty(globalThis, 'navigator', { value: { storage }, configurable: true });
};
