/**
 * Secrets the CLI reads by variable name: from the environment, else from the .env file in the
 * working folder (read once, never printed). Flags never carry secrets: shell history and `ps`
 * would keep them. The one write, `rotate`'s, is replaceDotenvValue (pure, here) and
 * dotenv-sink.ts (the file).
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseEnv } from "node:util";
import { UserError } from "../errors.js";
import type { Io } from "./io.js";

export type SecretLookup = (name: string) => string | undefined;

/**
 * `envFile` (verify's --dotenv): read that file instead of `.env`, and let it win over the
 * environment: it was named on purpose (a production and a staging file, checked side by side,
 * must not both read one WHATSAPP_TOKEN from the shell). It must exist.
 */
export async function secretLookup(io: Io, envFile?: string): Promise<SecretLookup> {
  const dotenv = await readDotenv(io.cwd, envFile);
  return (name) => {
    const value = envFile !== undefined ? (dotenv[name] ?? io.env[name]) : (io.env[name] ?? dotenv[name]);
    // Whatever is read as a secret is never printed, whichever variable it came from.
    io.secrets.add(value);
    return value;
  };
}

/** The app secret for --app-id (or for `what` needs it), from the variable --app-secret-env names. */
export function appSecretFor(lookup: SecretLookup, variable: string, what = "--app-id"): string {
  const secret = lookup(variable);
  if (secret === undefined)
    throw new UserError(`${what} needs the app secret in ${variable} (environment or .env)`);
  return secret;
}

export interface LocatedSecret {
  name: string;
  value: string;
  /** Where it was read: the environment wins over .env, as for every lookup. */
  source: "environment" | ".env";
}

/** The first of `names` that is set, and where (the lookup: the environment, then .env). */
export function locateSecret(
  env: NodeJS.ProcessEnv,
  lookup: SecretLookup,
  names: readonly string[],
): LocatedSecret | undefined {
  const name = names.find((candidate) => lookup(candidate) !== undefined);
  if (name === undefined) return undefined;
  return { name, value: lookup(name)!, source: env[name] !== undefined ? "environment" : ".env" };
}

/**
 * The text with `name`'s value replaced by `value`, and nothing else changed: line ends (CRLF),
 * comments, blank lines, order, `export`, quotes, a trailing comment, a last line without a
 * newline. The last assignment is the one replaced (it is the one that counts). The result is
 * parsed again and must give `value` for `name` and the same value for every other variable;
 * anything this cannot promise is refused with a reason.
 */
export function replaceDotenvValue(text: string, name: string, value: string): string {
  if (/[\s"'`#\\$]/.test(value))
    throw new Error("the new value has characters a .env line cannot hold as is");
  const lines = text.split(/(?<=\n)/);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const assignment = new RegExp(`^(\\s*(?:export\\s+)?${escaped}\\s*=\\s*)(.*?)(\\r?\\n?)$`);
  let index = -1;
  for (let i = 0; i < lines.length; i++) if (assignment.test(lines[i]!)) index = i;
  if (index < 0) throw new Error(`.env has no line that sets ${name}`);
  const [, head, rest, end] = assignment.exec(lines[index]!)!;
  const quote = /^["'`]/.exec(rest!)?.[0];
  let replaced: string;
  if (quote) {
    const close = rest!.indexOf(quote, 1);
    if (close < 0) throw new Error(`${name}'s value in .env spans several lines`);
    replaced = `${quote}${value}${rest!.slice(close)}`;
  } else {
    const comment = /\s+#.*$|\s*$/.exec(rest!)!;
    replaced = `${value}${rest!.slice(comment.index)}`;
  }
  lines[index] = `${head}${replaced}${end}`;
  const result = lines.join("");
  const before = parseEnv(text);
  const after = parseEnv(result);
  const same = Object.keys({ ...before, ...after }).every(
    (key) => key === name || before[key] === after[key],
  );
  if (after[name] !== value || !same)
    throw new Error(`cannot rewrite ${name} in .env without changing other lines`);
  return result;
}

async function readDotenv(cwd: string, envFile?: string): Promise<Record<string, string | undefined>> {
  try {
    return parseEnv(await readFile(resolve(cwd, envFile ?? ".env"), "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && envFile === undefined) return {};
    throw new UserError(`cannot read ${envFile ?? ".env"}: ${code ?? (error as Error).message}`);
  }
}
