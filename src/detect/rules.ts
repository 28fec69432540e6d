/**
 * The rule catalogue. Rule ids are part of the public interface (JSON, SARIF, ignore files,
 * documentation), so they never change once released.
 */
export type RuleId = "meta-access-token" | "meta-app-token" | "meta-app-secret" | "dotenv-file";

export interface RuleInfo {
  id: RuleId;
  /** One line: what was found. */
  title: string;
  /** One line: what to do about it. */
  remedy: string;
}

const REVOKE =
  "Remove it from the file and the index, then revoke and replace it: Meta Business Settings -> Users -> System users -> (user) -> Revoke tokens, and generate a new one.";

export const RULES: Record<RuleId, RuleInfo> = {
  "meta-access-token": {
    id: "meta-access-token",
    title: "Meta / WhatsApp Cloud API access token (user, page or system-user)",
    remedy: REVOKE,
  },
  "meta-app-token": {
    id: "meta-app-token",
    title: "Meta app access token (app id | app secret or app token)",
    remedy:
      "Remove it, then reset the app secret: App Dashboard -> App settings -> Basic -> App secret -> Reset.",
  },
  "meta-app-secret": {
    id: "meta-app-secret",
    title: "Meta / Facebook app secret",
    remedy:
      "Remove it, then reset the app secret: App Dashboard -> App settings -> Basic -> App secret -> Reset.",
  },
  "dotenv-file": {
    id: "dotenv-file",
    title: "Environment file (.env) that usually holds secrets",
    remedy:
      "Do not commit it: `git rm --cached <file>`, add `.env` and `.env.*` to .gitignore, and commit a `.env.example` without values instead.",
  },
};

export const RULE_IDS = Object.keys(RULES) as RuleId[];
