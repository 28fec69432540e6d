import type { Check } from "../check.js";
import type { Facts, TokenData } from "../facts.js";
import type { VerifySettings } from "../settings.js";

/** What every check reads: the settings, what the Graph API said, and now (unix seconds). */
export interface CheckInput {
  settings: VerifySettings;
  facts: Facts;
  /** debug_token's data when the token is valid: the checks that judge a live token need it. */
  token: TokenData;
  now: number;
}

export type CheckFunction = (input: CheckInput) => Check | Check[] | undefined;

export const DAY = 86_400;
