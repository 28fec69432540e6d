/**
 * Secrets the CLI reads by variable name: from the environment, else from the .env file in the
 * working folder (read once, never printed). Flags never carry secrets: shell history and `ps`
 * would keep them. The one write, `rotate`'s, is replaceDotenvToken (pure, here) and
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

/** A UTF-8 byte order mark, which some editors put first: parseEnv would read it into the first key. */
const BOM = "\uFEFF";

/** The text as parseEnv must see it: without a leading byte order mark. */
export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

const ASSIGNMENT = /^(\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*)(.*?)(\r?\n?)$/;

/**
 * The text with every assignment of `oldValue` given `newValue` instead (the token read from
 * `name`, and any other variable, or duplicate line, that holds the same token: with the old one
 * revoked, a line left holding it would hold a dead token), and nothing else changed: line ends
 * (CRLF), comments, blank lines, order, `export`, quotes, a trailing comment, a last line
 * without a newline, a leading byte order mark. The result is parsed again and must give
 * `newValue` for every variable that held `oldValue`, the same value for every other one, and
 * the old token nowhere; anything this cannot promise is refused with a reason. `keys`: the
 * variables rewritten, in file order.
 */
export function replaceDotenvToken(
  text: string,
  name: string,
  oldValue: string,
  newValue: string,
): { text: string; keys: string[] } {
  if (/[\s"'`#\\$]/.test(newValue))
    throw new Error("the new value has characters a .env line cannot hold as is");
  const bom = text.startsWith(BOM) ? BOM : "";
  const body = text.slice(bom.length);
  const lines = body.split(/(?<=\n)/);
  const keys: string[] = [];
  let spansLines = false;
  for (let i = 0; i < lines.length; i++) {
    const match = ASSIGNMENT.exec(lines[i]!);
    if (!match) continue;
    const [, head, key, rest, end] = match as unknown as [string, string, string, string, string];
    const quote = /^["'`]/.exec(rest)?.[0];
    let value: string;
    let replaced: string;
    if (quote) {
      const close = rest.indexOf(quote, 1);
      if (close < 0) {
        spansLines ||= key === name;
        continue;
      }
      value = rest.slice(1, close);
      replaced = `${quote}${newValue}${rest.slice(close)}`;
    } else {
      const comment = /\s+#.*$|\s*$/.exec(rest)!;
      value = rest.slice(0, comment.index);
      replaced = `${newValue}${rest.slice(comment.index)}`;
    }
    if (value !== oldValue) continue;
    lines[i] = `${head}${replaced}${end}`;
    if (!keys.includes(key)) keys.push(key);
  }
  if (!keys.includes(name)) {
    throw new Error(
      spansLines ? `${name}'s value in .env spans several lines` : `.env has no line that sets ${name}`,
    );
  }
  const result = lines.join("");
  const before = parseEnv(body);
  const after = parseEnv(result);
  for (const key of Object.keys({ ...before, ...after })) {
    const expected = before[key] === oldValue ? newValue : before[key];
    if (after[key] !== expected)
      throw new Error(`cannot rewrite ${name} in .env without changing other lines`);
    if (after[key]?.includes(oldValue)) {
      throw new Error(
        `${key} in .env holds the old token inside a longer value, which wa-token-guard does not rewrite; change it by hand`,
      );
    }
  }
  return { text: `${bom}${result}`, keys };
}

async function readDotenv(cwd: string, envFile?: string): Promise<Record<string, string | undefined>> {
  try {
    return parseEnv(withoutBom(await readFile(resolve(cwd, envFile ?? ".env"), "utf8")));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && envFile === undefined) return {};
    throw new UserError(`cannot read ${envFile ?? ".env"}: ${code ?? (error as Error).message}`);
  }
}
