/**
 * Paths are content too: a token used as a file name (`cache/EAA….json`) is a leaked token, and
 * printing the path would print the token. Pure helpers used by the scan (to report such names)
 * and by every report (to print paths safely).
 */

import { CONTROL_CHARACTERS as CONTROL } from "../text-safety.js";
import { type Detection, detectAll } from "./engine.js";
import { redact } from "./redact.js";

/**
 * Credentials in a path's name, each component read on its own (a `/` there separates names; it
 * is not base64 context). Line and column are 0: the finding is about the file, not a line in it.
 */
export function detectInPath(path: string): Detection[] {
  const found: Detection[] = [];
  for (const component of path.split("/")) {
    // A name cannot carry an allow comment: `EAA…wa-token-guard:allow.json` is still a leak.
    for (const { allowed: _, ...detection } of detectAll(component, "name"))
      found.push({ ...detection, line: 0, column: 0 });
  }
  return found;
}

let lastPath = "";
let lastRedacted = "";

/**
 * A path with every credential in it redacted: what findings carry, so that no format (text, JSON,
 * SARIF, advice) can print the token a file is named after.
 */
export function redactPath(path: string): string {
  if (path === lastPath) return lastRedacted; // findings come grouped by file
  let redacted = path;
  for (const { secret, raw } of detectInPath(path)) redacted = redacted.split(raw).join(redact(secret));
  lastPath = path;
  lastRedacted = redacted;
  return redacted;
}

/**
 * Text as a terminal may show it: every control character as an escape (`\x1b`), so that a file
 * name can neither drive the terminal nor fake a line of the report. JSON and SARIF escape by
 * themselves, and keep the name as it is.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** A path for a message: credentials redacted, control characters escaped. */
export const safePath = (path: string): string => printable(redactPath(path));
