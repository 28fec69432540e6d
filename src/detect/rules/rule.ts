/**
 * What a rule is: one record per rule, in its own module under `src/detect/rules/`. The engine
 * loops over the list; reports take titles and remedies from it; the pre-commit hook's hint
 * pattern is derived from the rules' hints (a test keeps `hooks/pre-commit` in step). Adding a
 * rule is one file here, its entry in `index.ts`, and its tests.
 */
import type { Hint } from "../hints.js";

/**
 * What a text is: file content, or one component of a path (a file name, where `+` and `=` are
 * ordinary characters: `v1+<token>.json` is not base64).
 */
export type TextContext = "content" | "name";

/** A credential a rule's finder located: the secret and where it starts in the text. */
export interface Hit {
  secret: string;
  index: number;
  /** How long the matched text is, when the secret is reported in another form (`%7C` as `|`). */
  length?: number;
  appId?: string;
}

interface RuleBase<Id extends string> {
  /** Part of the public interface (JSON, SARIF, ignore files): never changes once released. */
  id: Id;
  /** One line: what was found. */
  title: string;
  /** One line: what to do about it. */
  remedy: string;
}

/** A rule over file content. */
export interface ContentRule<Id extends string = string> extends RuleBase<Id> {
  /**
   * Literal strings, compared without regard to case unless `caseSensitive`: one of them must
   * appear in the text for the rule to fire, so the finder only runs where it can find something.
   */
  keywords: readonly string[];
  caseSensitive?: boolean;
  /**
   * A superset of every line the finder reports, as character-class sequences: the pre-commit
   * hook asks git for changed lines matching these (and their encoded forms) before starting node.
   */
  hints: readonly Hint[];
  /** Every credential in `text`, in any order. Linear in the length of the text. */
  find(text: string, context: TextContext): Hit[];
}

/** A rule over a path alone (the file's name is the problem, whatever it holds). */
export interface PathRule<Id extends string = string> extends RuleBase<Id> {
  matches(path: string): boolean;
}

export const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isDigit = (c: number) => c >= 48 && c <= 57;

/** Revoking a user or system-user token: shared by the rules that find one. */
export const REVOKE_TOKEN =
  "Remove it from the file and the index, then revoke and replace it: Meta Business Settings → Users → System users → (user) → Revoke tokens, and generate a new one.";
export const RESET_APP_SECRET =
  "Remove it, then reset the app secret: App Dashboard → App settings → Basic → App secret → Reset.";
