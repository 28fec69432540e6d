/** Every rule, in report order. A new rule is one module next to this file, listed here. */
import { accessTokenRule } from "./access-token.js";
import { appSecretRule } from "./app-secret.js";
import { appTokenRule } from "./app-token.js";
import { dotenvFileRule } from "./dotenv-file.js";

export const CONTENT_RULES = [accessTokenRule, appTokenRule, appSecretRule] as const;
export const PATH_RULES = [dotenvFileRule] as const;

export type ContentRuleId = (typeof CONTENT_RULES)[number]["id"];
export type RuleId = ContentRuleId | (typeof PATH_RULES)[number]["id"];
