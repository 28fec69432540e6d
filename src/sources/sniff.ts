/**
 * What a file's first bytes say it is: the one test every source and the scan share, so a file
 * is binary or text by its own bytes, never by git's opinion or the user's attributes.
 */

/** git's own window: a NUL byte in the first 8000 bytes means binary. */
export const BINARY_SNIFF_BYTES = 8000;

export type Encoding = "utf8" | "utf-16le" | "utf-16be" | "binary";

/**
 * `head`: at least the first 8000 bytes, or the whole file. A UTF-16 byte order mark means UTF-16
 * text (PowerShell 5 `>` writes it, and its ASCII is half NUL bytes); then a NUL byte means
 * binary; anything else is treated as UTF-8.
 */
export function sniffEncoding(head: Uint8Array): Encoding {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  const end = Math.min(head.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (head[i] === 0) return "binary";
  return "utf8";
}

export const isBinary = (head: Uint8Array) => sniffEncoding(head) === "binary";
