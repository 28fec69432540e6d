/**
 * The line a hook file (husky's, the plain git hook, lefthook's `run:`) holds to call
 * wa-token-guard's hook script. A fresh clone before `npm ci`, a second worktree, or a removed
 * node_modules has no script to call: the line then says so in one line and blocks the commit,
 * instead of a bare "not found" (or, with some managers, a silent pass).
 */
export const NOT_INSTALLED_MESSAGE =
  "wa-token-guard is not installed in this checkout: run `npm ci`; or commit with --no-verify";

/**
 * One line of POSIX sh: runs `command` (a command name or a quoted path) with `args` when it can
 * be run, else prints NOT_INSTALLED_MESSAGE to stderr and exits 1. Single quotes keep the
 * message's backticks from being run.
 */
export function guardedHookCall(command: string, args = ""): string {
  const run = args ? `${command} ${args}` : command;
  return `if command -v ${command} >/dev/null 2>&1; then ${run}; else echo 'wa-token-guard: ${NOT_INSTALLED_MESSAGE}' >&2; exit 1; fi`;
}
