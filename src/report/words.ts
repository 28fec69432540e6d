/** Small text helpers every report shares, so that each thing is said one way. */
import { printable } from "../detect/paths.js";

/** "1 file", "2 files". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/**
 * Quotes a word for a POSIX shell when it needs it, so that a printed command works when pasted.
 * Callers put `--` before paths, so a file named `--force` is not read as an option.
 */
export function shellQuote(word: string): string {
  if (printable(word) !== word) return printable(word); // a control character: shown, not run
  return /^[\w./@%+=:,-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** "12 KB", "3.4 MB": sizes in reports (a small scan is never "0.0 MB"). */
export function byteSize(bytes: number): string {
  return bytes < 1000 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
