/** The .env file in the working folder, for secrets the CLI reads (never written, never printed). */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { UserError } from "../errors.js";

export async function readDotenv(cwd: string): Promise<Record<string, string | undefined>> {
  try {
    return parseEnv(await readFile(join(cwd, ".env"), "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new UserError(`cannot read .env: ${(error as Error).message}`);
  }
}
