/**
 * `.wa-token-guard-ignore`: one fingerprint per line (a hash of the secret, so it survives edits
 * and moves), `#` starts a comment. Written by `scan --update-ignore`, or by hand.
 */
import type { Finding } from "../detect/finding.js";
import { UserError } from "../errors.js";
import { quotedFileText } from "../text-safety.js";

export const IGNORE_FILE = ".wa-token-guard-ignore";

export function parseIgnoreFile(text: string, source: string): Set<string> {
  const fingerprints = new Set<string>();
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.replace(/#.*/, "").trim();
      if (line === "") return;
      if (!/^[0-9a-f]{32}$/.test(line)) {
        throw new UserError(
          `${source}:${i + 1}: expected a 32-character fingerprint, found "${quotedFileText(line)}"`,
        );
      }
      fingerprints.add(line);
    });
  return fingerprints;
}

/**
 * The lines to append for the findings not yet listed (one per fingerprint, with the rule and the
 * place as a comment), prefixed by a newline when the existing text does not end with one.
 */
export function ignoreFileAddition(
  existing: string,
  findings: readonly Finding[],
): { text: string; added: Finding[] } {
  const known = parseIgnoreFile(existing, IGNORE_FILE);
  const added: Finding[] = [];
  const lines: string[] = [];
  for (const finding of findings) {
    if (known.has(finding.fingerprint)) continue;
    known.add(finding.fingerprint);
    added.push(finding);
    // A file name may hold a newline: never let it start a line of its own in this file.
    const file = finding.file.replace(/[\u0000-\u001f\u007f]/g, "?");
    const where = finding.line > 0 ? `${file}:${finding.line}` : file;
    lines.push(`${finding.fingerprint} # ${finding.rule} ${where}`);
  }
  if (lines.length === 0) return { text: "", added };
  // A hand-edited file may lack its last newline: do not glue the first new line onto it.
  const separator = existing === "" || existing.endsWith("\n") ? "" : "\n";
  return { text: `${separator}${lines.join("\n")}\n`, added };
}
