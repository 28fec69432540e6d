/**
 * The rule catalogue, from the rule records in `rules/`. Rule ids are part of the public interface
 * (JSON, SARIF, ignore files, documentation), so they never change once released.
 */
import { CONTENT_RULES, PATH_RULES, type RuleId } from "./rules/index.js";

export type { ContentRuleId, RuleId } from "./rules/index.js";

export interface RuleInfo {
  id: RuleId;
  /** One line: what was found. */
  title: string;
  /** One line: what to do about it. */
  remedy: string;
}

export const RULES = Object.fromEntries(
  [...CONTENT_RULES, ...PATH_RULES].map(({ id, title, remedy }) => [id, { id, title, remedy }]),
) as Record<RuleId, RuleInfo>;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
