/**
 * Flags, parsed by node:util's parseArgs, with the errors a user can act on: an unknown flag is
 * answered with the nearest known one, as an unknown command is.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { nearest } from "../edit-distance.js";
import { UserError } from "../errors.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseFlags<T extends Options>(
  args: string[],
  options: T,
  { allowPositionals = false, allowNegative = false } = {},
) {
  try {
    return parseArgs({ args, options, allowPositionals, allowNegative, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const given = /'([^']+)'/.exec((error as Error).message)?.[1] ?? "";
      const known = Object.entries(options).flatMap(([name, option]) => [
        `--${name}`,
        ...(option.type === "boolean" && allowNegative ? [`--no-${name}`] : []),
        ...(option.short ? [`-${option.short}`] : []),
      ]);
      throw new UserError(unknownMessage("option", given.split("=")[0]!, known));
    }
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
      throw new UserError(
        `unexpected argument ${/'([^']+)'/.exec((error as Error).message)?.[1] ?? ""} (see --help)`,
      );
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new UserError(`${(error as Error).message.replace(/^Option /, "")} (see --help)`);
    }
    throw error;
  }
}

/**
 * Flags users reach for that are spelled otherwise here, too far apart for the nearest name.
 * `--env-file` is Node's own flag: node reads it anywhere on its command line and exits when the
 * file is missing, so the CLI's is `--dotenv`.
 */
const ALTERNATIVES: Record<string, string> = { "--env-file": "--dotenv" };

/** `unknown option "--verfy" (did you mean --verify? see --help)`. */
export function unknownMessage(what: string, given: string, known: readonly string[]): string {
  const alternative = ALTERNATIVES[given];
  const near = alternative && known.includes(alternative) ? alternative : nearest(given, known);
  return `unknown ${what} "${given}" (${near ? `did you mean ${near}? ` : ""}see --help)`;
}
