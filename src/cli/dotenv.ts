/**
 * Secrets the CLI reads by variable name: from the environment, else from the .env file in the
 * working folder (read once, never written, never printed). Flags never carry secrets: shell
 * history and `ps` would keep them.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { UserError } from "../errors.js";
import type { Io } from "./io.js";

export type SecretLookup = (name: string) => string | undefined;

export async function secretLookup(io: Io): Promise<SecretLookup> {
  const dotenv = await readDotenv(io.cwd);
  return (name) => {
    const value = io.env[name] ?? dotenv[name];
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

async function readDotenv(cwd: string): Promise<Record<string, string | undefined>> {
  try {
    return parseEnv(await readFile(join(cwd, ".env"), "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new UserError(`cannot read .env: ${(error as Error).message}`);
  }
}
