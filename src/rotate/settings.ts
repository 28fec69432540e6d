/**
 * The rotation's options, parsed and validated in one place (like the token check's), with the
 * kernel's checks (settings-checks.ts): the policy both the action and `wa-token-guard rotate`
 * follow, and the action's destination (a GitHub secret). All problems are reported at once.
 */
import { SettingsError } from "../errors.js";
import type { SecretTarget } from "../github/secrets.js";
import { githubApiUrl } from "../github/settings.js";
import { parseFlag, parseNumber, secretInput } from "../settings-checks.js";

/** The action's inputs for rotation, as action.yml spells them, with their defaults. */
export const ROTATE_OPTION_DEFAULTS = {
  rotate: "false",
  "rotate-days": "14",
  "rotate-secret": undefined,
  "rotate-scope": "repo",
  "rotate-github-token": undefined,
  "revoke-old": "false",
  "system-user-id": undefined,
  "admin-token": undefined,
} as const;

export type RotateOptionName = keyof typeof ROTATE_OPTION_DEFAULTS;
export type RawRotateOptions = Partial<Record<RotateOptionName, string>>;

export interface RotationPolicy {
  /** Refresh an expiring token when fewer than this many days are left. */
  rotateDays: number;
  /** Revoke the previous token once the new one is stored. */
  revokeOld: boolean;
  /** For never-expiring tokens past max-age-days: who mints the new one. */
  generate?: { systemUserId: string; adminToken: string };
  /** Rotate whatever the days left or the age (the CLI's --force). */
  force?: boolean;
}

export interface ActionRotation {
  policy: RotationPolicy;
  target: SecretTarget;
  githubToken: string;
  /** GitHub's REST API (GITHUB_API_URL; GitHub Enterprise Server serves it under /api/v3). */
  apiUrl: string;
  /** The workflow's own token (github-token): reads when this job started (`actions: read`). */
  jobToken: string;
}

/** A 60-day token refreshed with 60 days left would be refreshed on every run. */
const DAY_LIMIT = { min: 1, max: 59, integer: true };

/** The policy part, shared by the action and the CLI; problems are appended. */
export function parseRotationPolicy(raw: RawRotateOptions, problems: string[]): RotationPolicy {
  const value = (name: RotateOptionName) => raw[name]?.trim() || ROTATE_OPTION_DEFAULTS[name];
  const rotateDays = parseNumber("rotate-days", value("rotate-days")!, DAY_LIMIT, problems);
  const revokeOld = parseFlag("revoke-old", value("revoke-old")!, problems);
  const systemUserId = value("system-user-id");
  const adminToken = secretInput("admin-token", raw["admin-token"], problems);
  if (systemUserId !== undefined && !/^\d{5,20}$/.test(systemUserId)) {
    problems.push(`system-user-id must be the system user's numeric id, not "${systemUserId}"`);
  }
  if ((systemUserId === undefined) !== (adminToken === undefined)) {
    problems.push("system-user-id and admin-token go together: set both, or neither");
  }
  return {
    rotateDays,
    revokeOld,
    ...(systemUserId && adminToken && { generate: { systemUserId, adminToken } }),
  };
}

/**
 * The action's rotation settings; undefined when `rotate` is off. `repository` is
 * GITHUB_REPOSITORY (owner/repo), `apiUrl` GITHUB_API_URL; `hasApp` whether app-id and
 * app-secret are set (refresh and revoke need them).
 */
export function parseActionRotation(
  raw: RawRotateOptions,
  context: {
    repository: string | undefined;
    apiUrl: string | undefined;
    jobToken: string | undefined;
    hasApp: boolean;
  },
): ActionRotation | undefined {
  const problems: string[] = [];
  const enabled = parseFlag("rotate", raw.rotate?.trim() || ROTATE_OPTION_DEFAULTS.rotate, problems);
  const policy = parseRotationPolicy(raw, problems);
  if (!enabled) {
    if (problems.length > 0) throw new SettingsError(problems);
    return undefined;
  }
  if (!context.hasApp) {
    problems.push(
      "rotate needs app-id and app-secret: Meta refreshes and revokes tokens only for the app's owner",
    );
  }
  const name = raw["rotate-secret"]?.trim() ?? "";
  if (name === "") {
    problems.push(
      "rotate needs rotate-secret: the name of the secret that holds the token, like WHATSAPP_TOKEN",
    );
  } else if (!/^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(name) || /^GITHUB_/i.test(name)) {
    problems.push(
      `rotate-secret must be a secret name (letters, digits, _; not starting with a digit or GITHUB_), not "${name}"`,
    );
  }
  const githubToken =
    secretInput(
      "rotate-github-token",
      raw["rotate-github-token"],
      problems,
      'rotate needs rotate-github-token: the workflow\'s GITHUB_TOKEN cannot write secrets; pass a fine-grained token with "Secrets: Read and write" (see docs/rotation.md)',
    ) ?? "";
  const store = parseStore(
    raw["rotate-scope"]?.trim() || ROTATE_OPTION_DEFAULTS["rotate-scope"],
    context.repository,
    problems,
  );
  const jobToken =
    secretInput(
      "github-token",
      context.jobToken,
      problems,
      "rotate needs github-token (its default is the workflow's own token, github.token)",
    ) ?? "";
  const apiUrl = githubApiUrl(context.apiUrl, problems);
  if (problems.length > 0 || !store) throw new SettingsError(problems);
  return { policy, target: { store, name }, githubToken, apiUrl, jobToken };
}

function parseStore(
  scope: string,
  repository: string | undefined,
  problems: string[],
): SecretTarget["store"] | undefined {
  const [owner, repo] = (repository ?? "").split("/");
  if (!owner || !repo) {
    problems.push("rotate works in a GitHub Actions run: GITHUB_REPOSITORY (owner/repo) is not set");
    return undefined;
  }
  if (scope === "repo") return { kind: "repo", owner, repo };
  if (scope === "org") return { kind: "org", org: owner };
  const environment = /^environment:(.+)$/.exec(scope)?.[1]?.trim();
  if (environment && environment.length <= 255 && !/[\u0000-\u001f]/.test(environment)) {
    return { kind: "environment", owner, repo, environment };
  }
  problems.push(`rotate-scope must be repo, org or environment:<name>, not "${scope}"`);
  return undefined;
}
