/**
 * Text we did not write (Graph and GitHub replies, file names) made safe to print: no control
 * character that could drive a terminal or start a new log line, no GitHub workflow command, and
 * no unbounded length. Kept in the kernel because every layer prints such text.
 */

/** C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a terminal shows. */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The longest reply-derived value shown (a name, a status, a Graph error message). */
export const SHOWN_TEXT_LIMIT = 300;

/**
 * A value from a reply, as it may be shown: control characters removed (a line break in a
 * `verified_name` must not start a new log line, an ESC must not recolour the terminal) and
 * at most `limit` characters. Removed, not replaced, so that a secret split by a control
 * character is whole again and the scrubber still recognises it. Cut before a run of letters and
 * digits, never inside one, so that no piece of a token is left at the end.
 */
export function shownText(text: string, limit = SHOWN_TEXT_LIMIT): string {
  const plain = text.replace(CONTROL_CHARACTERS, "");
  if (plain.length <= limit) return plain;
  const cut = cutOutsideRuns(plain, limit);
  return `${cut}… (${plain.length - cut.length} more characters)`;
}

/**
 * The first `limit` characters of `text`, less the part of a run of letters and digits the cut
 * would go through: what is left never ends in a piece of a token. Every shortening uses it.
 */
export function cutOutsideRuns(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const kept = text.slice(0, limit);
  return /[A-Za-z0-9]/.test(text[limit]!) ? kept.replace(/[A-Za-z0-9]+$/, "") : kept;
}

/**
 * Text from a file quoted in an error (a config value, an ignore-file line): at most `limit`
 * characters, and every run of 16 or more letters and digits shown by its ends and length only.
 * Such a run may be a secret in the wrong place (an app secret in `appIds`, a token pasted into
 * the ignore file) that no rule recognises there, so it is never echoed whole or in part.
 */
export function quotedFileText(text: string, limit = 60): string {
  const masked = text
    .replace(CONTROL_CHARACTERS, "")
    .replace(/[A-Za-z0-9]{16,}/g, (run) => `${run.slice(0, 4)}…(${run.length} characters)`);
  return masked.length <= limit ? masked : `${cutOutsideRuns(masked, limit)}…`;
}

/**
 * Text for a log the Actions runner reads: a line that would start with `::` (a workflow command
 * such as `::add-mask::` or `::set-output`) gets a space in front of it and is plain text
 * again. The runner reads commands only at the start of a line (after spaces).
 */
export function neutraliseWorkflowCommands(text: string): string {
  return text.replace(/^([ \t]*)::/gm, "$1 ::");
}
