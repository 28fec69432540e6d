/**
 * `.wa-token-guard.json` at the repository root: the only configuration file. Validated in one
 * place; unknown keys and bad values are errors that name the key, so a typo never turns into a
 * silently ignored setting. Pure: the CLI decides where the text comes from (the working tree, the
 * index for the hook, the base commit for a CI range), so that a change cannot exempt itself.
 */
import { matchesGlob } from "node:path";
import { UserError } from "../errors.js";
import { quotedFileText } from "../text-safety.js";

export const CONFIG_FILE = ".wa-token-guard.json";

export interface Config {
  /** Globs (repository-relative, `/`-separated) of paths never scanned. */
  ignorePaths: string[];
  /** Globs of `.env`-style paths that may be committed (their content is still scanned). */
  allowDotenv: string[];
  /** The team's own Meta app ids: findings say whether a leaked credential belongs to one. */
  appIds: string[];
}

export const DEFAULT_CONFIG: Config = { ignorePaths: [], allowDotenv: [], appIds: [] };

const KEYS = ["ignorePaths", "allowDotenv", "appIds"] as const;

/** Parses the file's text (from the working tree, the index or a commit: the caller chooses). */
export function parseConfigText(text: string, source: string): Config {
  let raw: unknown;
  try {
    // Editors on Windows save UTF-8 with a byte order mark; JSON.parse rejects it.
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    // Node's message quotes the text around the error, which may be a secret.
    throw new UserError(
      `config ${source} is not valid JSON: ${quotedFileText((error as Error).message, 200)}`,
    );
  }
  return parseConfig(raw, source);
}

export function parseConfig(raw: unknown, source: string): Config {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new UserError(`config ${source} must be a JSON object`);
  }
  const config: Config = { ...DEFAULT_CONFIG };
  for (const [key, value] of Object.entries(raw)) {
    if (key === "$schema") continue;
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new UserError(
        `config ${source}: unknown key "${quotedFileText(key)}" (known keys: ${KEYS.join(", ")})`,
      );
    }
    if (!Array.isArray(value) || !value.every((item) => typeof item === "string" && item.trim() !== "")) {
      throw new UserError(`config ${source}: "${key}" must be an array of non-empty strings`);
    }
    config[key as (typeof KEYS)[number]] = value.map((item: string) => item.trim());
  }
  const badId = config.appIds.find((id) => !/^[0-9]{5,20}$/.test(id));
  if (badId !== undefined) {
    throw new UserError(
      `config ${source}: "appIds" holds "${quotedFileText(badId)}", which is not a numeric Meta app id`,
    );
  }
  return config;
}

/**
 * True when a repository-relative path matches any of the globs, read as .gitignore reads them:
 * a glob with a `/` in it (other than at its end) is anchored at the repository root, so
 * `deploy/.env.ci` never also exempts `vendor/deploy/.env.ci`; one without (`*.log`, `.env.ci`)
 * matches a name at any depth; and a glob that names a folder covers everything inside it.
 * A suppression must not reach further than it reads.
 */
export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some((glob) => globPatterns(glob).some((pattern) => quietMatchesGlob(path, pattern)));
}

const patternCache = new Map<string, string[]>();

function globPatterns(glob: string): string[] {
  let patterns = patternCache.get(glob);
  if (!patterns) {
    const trimmed = glob.replace(/^\.\//, "").replace(/\/+$/, "");
    const anchored = trimmed.includes("/");
    const rooted = trimmed.replace(/^\/+/, "");
    const bases = anchored ? [rooted] : [rooted, `**/${rooted}`];
    patterns = bases.flatMap((base) => [base, `${base}/**`]);
    patternCache.set(glob, patterns);
  }
  return patterns;
}

let globWarningSilenced = false;

/**
 * `path.matchesGlob`, minus the one-time "ExperimentalWarning: glob" that Node 20 and 22 print on
 * stderr: the hook runs there too, and a hook that prints on every clean commit gets turned off.
 */
function quietMatchesGlob(path: string, glob: string): boolean {
  if (globWarningSilenced) return matchesGlob(path, glob);
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const type = typeof rest[0] === "string" ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    if (type === "ExperimentalWarning" && /glob/i.test(String(warning))) return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return matchesGlob(path, glob);
  } finally {
    process.emitWarning = emitWarning;
    globWarningSilenced = true;
  }
}
