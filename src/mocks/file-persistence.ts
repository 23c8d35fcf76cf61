// The standalone server's store in a file (MOCK_API_DATA=path): read once at start, written after
// every mutation the backend applies and before its answer is sent, atomically (a temporary file
// in the same directory, fsync, rename over the old one, fsync of the directory), so that a crash
// at any moment leaves either the previous state or the new one, never half of either.
// Node only (node:fs); one server per file.
import {
  closeSync,
  copyFileSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
  type PathLike,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { countSetAside, readStore } from './migrations.ts';
import type { Persistence, StoreData } from './store.ts';

export interface FilePersistence extends Persistence {
  /** Where an unreadable file was moved at start, if one was. */
  readonly setAside: string | undefined;
}

function fsyncPath(path: PathLike, flags: string): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Write `text` to `path` so that the file holds either its old content or all of `text`, also after a crash. */
export function writeFileAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.tmp`);
  const fd = openSync(temporary, 'w', 0o600);
  try {
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  // The rename is durable once the directory entry is.
  fsyncPath(dirname(path), 'r');
}

/** Why the file cannot be used, or its data (undefined when there is no file yet) and how many entries of it could not be read. */
function readFile(path: string): { data: StoreData | undefined; setAside: number } | { problem: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { data: undefined, setAside: 0 };
    return { problem: e instanceof Error ? e.message : String(e) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'it is not JSON' };
  }
  const read = readStore(value);
  if (!read) return { problem: 'it is not a store this version can read' };
  return { data: read.data, setAside: read.setAside ? countSetAside(read.setAside) : 0 };
}

/**
 * A persistence for the backend backed by the file at `path`, read with the API's schemas entry by
 * entry (readStore). A file that cannot be read at all is renamed `<path>.unreadable-<time>` and the
 * backend starts from the seed; one with entries that cannot be read is copied there, and loaded
 * without them (nothing valid is lost). Either way it is kept for a bug report and `report` is told.
 * Writes throw on failure, so the mutation is answered as an error.
 */
export function filePersistence(path: string, report: (message: string) => void): FilePersistence {
  const read = readFile(path);
  let saved: StoreData | undefined;
  let setAside: string | undefined;
  const asideName = () => `${path}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  if ('problem' in read) {
    setAside = asideName();
    renameSync(path, setAside);
    report(`The data file ${path} could not be read (${read.problem}); it was set aside as ${setAside}.`);
  } else {
    saved = read.data;
    if (read.setAside > 0 && saved) {
      setAside = asideName();
      copyFileSync(path, setAside);
      writeFileAtomically(path, JSON.stringify(saved));
      report(
        `${read.setAside} ${read.setAside === 1 ? 'entry' : 'entries'} of the data file ${path} could not be read and ${read.setAside === 1 ? 'was' : 'were'} left out; the file as it was is kept as ${setAside}.`,
      );
    }
  }
  return {
    get setAside() {
      return setAside;
    },
    // The backend reloads before each mutation (another tab may have written); here only this
    // process writes, so what it last wrote is what the file holds.
    load: () => saved,
    save(data) {
      writeFileAtomically(path, JSON.stringify(data));
      saved = data;
    },
  };
}
