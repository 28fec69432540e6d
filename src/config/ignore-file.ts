/**
 * `.wa-token-guard-ignore`: one fingerprint per line (a hash of the secret, so it survives edits
 * and moves), `#` starts a comment. Written by `scan --update-ignore`, or by hand.
 */
import { appendFile, readFile } from "node:fs/promises";
import type { Finding } from "../detect/finding.js";
import { UserError } from "../errors.js";

export const IGNORE_FILE = ".wa-token-guard-ignore";

export async function loadIgnoreFile(path: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Set();
    throw new UserError(`cannot read ${path}: ${(error as Error).message}`);
  }
  return parseIgnoreFile(text, path);
}

export function parseIgnoreFile(text: string, source: string): Set<string> {
  const fingerprints = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*/, "").trim();
    if (line === "") return;
    if (!/^[0-9a-f]{32}$/.test(line)) {
      throw new UserError(
        `${source}:${i + 1}: expected a 32-character fingerprint, found "${line.slice(0, 40)}"`,
      );
    }
    fingerprints.add(line);
  });
  return fingerprints;
}

/** Appends the fingerprints not yet listed; returns how many were added. */
export async function appendToIgnoreFile(
  path: string,
  known: Set<string>,
  findings: Finding[],
): Promise<number> {
  const lines: string[] = [];
  for (const finding of findings) {
    if (known.has(finding.fingerprint)) continue;
    known.add(finding.fingerprint);
    const where = finding.line > 0 ? `${finding.file}:${finding.line}` : finding.file;
    lines.push(`${finding.fingerprint} # ${finding.rule} ${where}`);
  }
  if (lines.length === 0) return 0;
  // A hand-edited file may lack its last newline: do not glue the first new line onto it.
  const existing = await readFile(path, "utf8").catch(() => "");
  const separator = existing === "" || existing.endsWith("\n") ? "" : "\n";
  await appendFile(path, `${separator}${lines.join("\n")}\n`);
  return lines.length;
}
