/**
 * The only form in which a secret is ever shown: at most the first 4 and the last 2 characters,
 * and the length. Short values show less, so that at least two thirds stay hidden.
 */
export function redact(secret: string): string {
  const n = secret.length;
  const head = n >= 24 ? 4 : Math.floor(n / 6);
  const tail = n >= 24 ? 2 : Math.floor(n / 12);
  return `${secret.slice(0, head)}…${tail > 0 ? secret.slice(n - tail) : ""} (${n} chars)`;
}

/**
 * A stable, non-reversible identity for a secret: it survives edits and moves of the file (unlike
 * line-number fingerprints), and is safe to commit in an ignore file.
 */
export function fingerprint(secret: string): string {
  // Loaded on first use: node:crypto costs ~7 ms to load, and a clean commit never needs it.
  const { createHash } = process.getBuiltinModule("node:crypto");
  return createHash("sha256").update(secret, "utf8").digest("hex").slice(0, 32);
}
