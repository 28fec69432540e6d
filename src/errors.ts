/**
 * An error whose message is written for the user: one line, says what is wrong and what to do,
 * and never holds a secret. Entry points print its message (no stack) and exit with code 2.
 * Anything else that escapes is a bug and is reported as such.
 */
export class UserError extends Error {
  override name = "UserError";
}
