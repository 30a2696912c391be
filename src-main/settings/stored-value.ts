// One persisted value (a small JSON document). The shells decide where it lives:
// electron-store in Electron, a file in the browser shell's data folder, memory in tests.
// Readers get `unknown` on purpose: what is on disk may be old or hand-edited.
export interface StoredValue<T> {
  read(): unknown;
  write(value: T): void;
}
