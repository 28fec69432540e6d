/**
 * Paths are content too: a token used as a file name (`cache/EAA….json`) is a leaked token, and
 * printing the path would print the token. Pure helpers used by the scan (to report such names)
 * and by every report (to print paths safely).
 */
import { type Detection, detect } from "./engine.js";
import { redact } from "./redact.js";

/**
 * Credentials in a path's name, each component read on its own (a `/` there separates names; it
 * is not base64 context). Line and column are 0: the finding is about the file, not a line in it.
 */
export function detectInPath(path: string): Detection[] {
  const found: Detection[] = [];
  for (const component of path.split("/")) {
    for (const detection of detect(component)) found.push({ ...detection, line: 0, column: 0 });
  }
  return found;
}

// C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a terminal shows.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

let lastPath = "";
let lastSafe = "";

/**
 * A path as it may be printed: every credential in it redacted, and every terminal control
 * character shown as an escape (`\x1b`), so that a file name can neither leak a token nor drive
 * the terminal.
 */
export function safePath(path: string): string {
  if (path === lastPath) return lastSafe; // findings come grouped by file
  let safe = path;
  for (const { secret, raw } of detectInPath(path)) safe = safe.split(raw).join(redact(secret));
  safe = safe.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
  lastPath = path;
  lastSafe = safe;
  return safe;
}
