/**
 * Dispatches `wa-token-guard <command>`. `scan` is loaded with the entry, because the pre-commit
 * hook runs it on every commit; the other commands are loaded on demand, so that the hook never
 * loads the HTTP client `verify` needs.
 */
import { scrub, secretValues } from "../detect/scrub.js";
import { nearest } from "../edit-distance.js";
import { UserError } from "../errors.js";
import { unsupportedNode } from "../node-support.js";
import { VERSION } from "../version.js";
import { EXIT, type Io, processIo } from "./io.js";
import { scanCommand } from "./scan-command.js";

export const USAGE = `wa-token-guard ${VERSION}: keep WhatsApp Cloud API tokens out of git, and know before they stop working.

Usage:
  wa-token-guard scan [paths...] [options]   find Meta / WhatsApp credentials in files (default: .)
  wa-token-guard scan --staged [options]     the same over what the next commit adds (pre-commit hook)
  wa-token-guard verify [options]            check a token against the Graph API
  wa-token-guard rotate [options]            refresh a token that expires soon; write it back (.env or a GitHub secret)
  wa-token-guard revoke [options]            revoke a token now (from standard input or WHATSAPP_TOKEN)
  wa-token-guard install [--hook-manager M]  install the pre-commit hook in this repository
  wa-token-guard help [command] | --version

Run \`wa-token-guard <command> --help\` for the command's options.
Exit codes: 0 nothing found / token ok, 1 findings / token failed, 2 usage or runtime error.
`;

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  scan: async () => scanCommand,
  verify: async () => (await import("./verify-command.js")).verifyCommand,
  install: async () => (await import("./install-command.js")).installCommand,
  rotate: async () => (await import("./rotate-command.js")).rotateCommand,
  revoke: async () => (await import("./revoke-command.js")).revokeCommand,
};

/** Commands that load the HTTP client: checked against the Node version before they are loaded. */
const NEEDS_NETWORK = new Set(["verify", "rotate", "revoke"]);

/**
 * The command, once this Node can run it. Help is text and loads no HTTP client, so
 * `<command> --help` works on every Node the scan runs on (the hook prints `revoke` commands on
 * machines whose Node can only scan): the options are shown, and the Node line follows on stderr.
 */
async function load(name: string, args: readonly string[]): Promise<Command> {
  const tooOld = unsupportedNode(name, NEEDS_NETWORK.has(name));
  if (!tooOld) return await COMMANDS[name]!();
  const onlyHelp = args.length === 1 && (args[0] === "--help" || args[0] === "-h");
  if (!onlyHelp || unsupportedNode(name, false)) throw new UserError(tooOld);
  const command = await COMMANDS[name]!();
  return async (commandArgs, io) => {
    const code = await command(commandArgs, io);
    io.stderr(`wa-token-guard: ${tooOld}\n`);
    return code;
  };
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  // A secret passed as the value of the wrong flag (`--app-id <app secret>`) is never printed,
  // whichever message would echo it.
  for (const [flag, value] of flagValues(argv)) io.secrets.add(...secretValues({ [flag]: value }));
  try {
    if (name === undefined || name === "help" || name === "--help" || name === "-h") {
      const topic = name === "help" ? rest[0] : undefined;
      if (topic && COMMANDS[topic]) return await (await load(topic, ["--help"]))(["--help"], io);
      io.stdout(USAGE);
      return name === undefined ? EXIT.error : EXIT.ok;
    }
    if (name === "--version" || name === "-v" || name === "version") {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (!COMMANDS[name]) {
      const known = Object.keys(COMMANDS);
      const near = nearest(name, known);
      throw new UserError(
        `unknown command "${name}" (${near ? `did you mean ${near}? ` : ""}commands: ${known.join(", ")}; see --help)`,
      );
    }
    return await (await load(name, rest))(rest, io);
  } catch (error) {
    io.stderr(`wa-token-guard: ${await asFlags(name, describeError(error))}\n`);
    return EXIT.error;
  }
}

/**
 * The network commands' settings problems name options as the action's inputs; here they are
 * flags (flag-names.ts, loaded only for them: the hook's scan never needs it).
 */
async function asFlags(name: string | undefined, message: string): Promise<string> {
  if (name === undefined || !NEEDS_NETWORK.has(name)) return message;
  return (await import("./flag-names.js")).spellAsFlags(message);
}

/** One line for the user; a stack only for bugs, and only when asked for with WA_TOKEN_GUARD_DEBUG=1. */
export function describeError(error: unknown): string {
  if (error instanceof UserError) return scrub(error.message);
  if (isParseArgsError(error)) return `${scrub((error as Error).message)} (see --help)`;
  const detail = error instanceof Error ? error.message : String(error);
  const stack = process.env.WA_TOKEN_GUARD_DEBUG === "1" && error instanceof Error ? `\n${error.stack}` : "";
  return scrub(`internal error: ${detail}${stack}`);
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

/** Each argument with the flag it is the value of (`--name value`, `--name=value`; "" for none). */
function flagValues(argv: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  argv.forEach((arg, index) => {
    const inline = /^--([^=]+)=([\s\S]*)$/.exec(arg);
    if (inline) pairs.push([inline[1]!, inline[2]!]);
    const previous = index > 0 ? /^--([^=]+)$/.exec(argv[index - 1]!) : null;
    pairs.push([previous?.[1] ?? "", arg]);
  });
  return pairs;
}
