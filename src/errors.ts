/**
 * An error whose message is written for the user: one line, says what is wrong and what to do,
 * and never holds a secret. Entry points print its message (no stack) and exit with code 2.
 * Anything else that escapes is a bug and is reported as such.
 */
export class UserError extends Error {
  override name = "UserError";
}

/** Bad settings (inputs or flags): the message lists every problem, each naming its input. */
export class SettingsError extends UserError {
  override name = "SettingsError";
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0]! : `${problems.length} problems: ${problems.join("; ")}`);
  }
}
