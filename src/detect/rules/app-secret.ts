/**
 * `meta-app-secret`: 32 lowercase hex as the value of a key that names a Meta app secret, in env,
 * JSON, YAML, TOML, XML or code. The key is read from the word right before `secret`:
 *
 * - `app` (`META_APP_SECRET`, `appSecret`, `facebook.app.secret`): always;
 * - a Meta name (`FACEBOOK_SECRET`, `SOCIAL_AUTH_FACEBOOK_SECRET`, `FB_SECRET`, `META_SECRET`,
 *   `WHATSAPP_SECRET`, `INSTAGRAM_SECRET`): always;
 * - `client` (`client_secret`): only next to a Meta context (a 15–16 digit `client_id`, or
 *   facebook / whatsapp / instagram nearby), since every OAuth provider has one;
 * - nothing (`secret:`): only when the nearest enclosing key, a few lines up, is a Meta name
 *   (Rails `secrets.yml` / `credentials.yml` `facebook:` … `secret:`, JSON
 *   `"facebook": {"secret": …}`, TOML `[facebook]`).
 *
 * Also omniauth's positional form, which names no key: `provider :facebook, "<id>", "<secret>"`
 * and `config.omniauth :facebook, …`. A bare 32-hex value (an md5, an etag, the Meta client token,
 * which apps embed by design) is never a finding.
 */
import { anyCase, literal, repeat } from "../hints.js";
import { looksLikePlaceholder } from "../placeholders.js";
import { type ContentRule, type Hit, isAlnum, RESET_APP_SECRET } from "./rule.js";

const SECRET_WORD = /secret/gi;
// What may follow such a key up to its 32-hex value: the rest of the identifier, a closing quote
// or bracket (and the `)` of a call that read it), an operator, an opening quote. Only identifier
// characters, quotes, `])`, blanks, `:=>,(` and `|?-`, on the same line: the hook's hint relies on
// that (see KeyValueHint). The operators include the default-value ones, the commonest way a
// secret gets into code: `process.env.FB_APP_SECRET || "…"`, `?? "…"`, `getenv('…') ?: "…"`, and
// the shell's `${META_APP_SECRET:-…}`.
const SECRET_VALUE =
  /[A-Za-z0-9_.-]{0,40}(?:["'`]\]?|\])?\)?(?:[ \t]{0,16}(?::=|=>|\|\||\?\?|\?:|:-|[=:,>(])[ \t]{0,16}|[ \t]{1,16}value[ \t]{0,4}=[ \t]{0,4}|[ \t]{1,16})["'`]?([0-9a-f]{32})/y;
// omniauth: `:facebook`, then the app id argument (a literal or an expression without commas),
// then the secret as a string literal.
const OMNIAUTH = /:facebook[ \t]*,[ \t]*[^,\n]{1,80},[ \t]*["']([0-9a-f]{32})["']/g;
const META_NAME = /^(?:facebook|fb|meta|whatsapp|instagram)$/i;
const META_CONTEXT =
  /facebook|whatsapp|instagram|graph\.fb|\bfb[_.-]|\bmeta[_.-]|client[_.-]?id["'`]?[ \t]{0,16}[:=,][ \t]{0,16}["'`]?[0-9]{15,16}/i;
const CONTEXT_WINDOW = 600;
/** How far up an enclosing key is looked for: lines, and characters. */
const NESTING_LINES = 6;
const NESTING_CHARS = 600;

export const appSecretRule: ContentRule<"meta-app-secret"> = {
  id: "meta-app-secret",
  title: "Meta / Facebook app secret",
  remedy: RESET_APP_SECRET,
  keywords: ["secret", ":facebook"],
  // The value follows its key on the same line (SECRET_VALUE crosses no line break), so the
  // hook's hint is the word and then, later on that line, 16 of the value's 32 hex: ordinary code
  // that merely says `clientSecret` or `SECRET_KEY` never starts node.
  hints: [{ key: anyCase("secret"), value: [repeat("0-9a-f", 16)] }, literal(":facebook")],
  find(text) {
    const hits: Hit[] = [];
    for (const word of text.matchAll(SECRET_WORD)) {
      SECRET_VALUE.lastIndex = word.index + word[0].length;
      const value = SECRET_VALUE.exec(text);
      if (!value) continue;
      const secret = value[1]!;
      const index = value.index + value[0].length - secret.length;
      if (!isSecretValue(text, index, secret)) continue;
      const owner = ownerOf(text, word.index);
      const counts =
        owner === "app" ||
        owner === "meta" ||
        (owner === "client" && hasMetaContext(text, index)) ||
        (owner === "none" && META_NAME.test(enclosingKey(text, word.index) ?? ""));
      if (counts) hits.push({ secret, index });
    }
    if (text.includes(":facebook")) {
      for (const match of text.matchAll(OMNIAUTH)) {
        const secret = match[1]!;
        const index = match.index + match[0].length - secret.length - 1;
        if (isSecretValue(text, index, secret)) hits.push({ secret, index });
      }
    }
    return hits;
  },
};

function isSecretValue(text: string, index: number, secret: string): boolean {
  if (index + 32 < text.length && isAlnum(text.charCodeAt(index + 32))) return false;
  return !looksLikePlaceholder(secret, 6);
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUpper = (c: number) => c >= 65 && c <= 90;

/**
 * The word right before `secret`, after at most one `_`, `.` or `-`: in camelCase the last hump
 * (`facebookAppSecret` -> `App`), otherwise the whole run of letters (`FACEBOOK_SECRET`).
 */
function ownerOf(text: string, at: number): "app" | "client" | "meta" | "none" | "other" {
  const end = "_.-".includes(text[at - 1] ?? "") ? at - 1 : at;
  let start = end;
  const camel = isUpper(text.charCodeAt(at)) && end === at;
  while (start > 0 && end - start < 24 && isLetter(text.charCodeAt(start - 1))) {
    start--;
    if (camel && isUpper(text.charCodeAt(start)) && !isUpper(text.charCodeAt(start + 1))) break;
  }
  const word = text.slice(start, end).toLowerCase();
  if (word === "") return "none";
  if (word.endsWith("app")) return "app";
  if (word.endsWith("client")) return "client";
  if (/(?:facebook|fb|meta|whatsapp|instagram)$/.test(word)) return "meta";
  return "other";
}

function hasMetaContext(text: string, index: number): boolean {
  const from = Math.max(0, index - CONTEXT_WINDOW);
  return META_CONTEXT.test(text.slice(from, index + CONTEXT_WINDOW));
}

/**
 * The key that encloses the one at `at`, within a few lines: an unclosed `{` on the way up
 * (`"facebook": {"secret": …}`, `facebook: { secret: … }`), else the first line above indented
 * less than the key's own (YAML), else a TOML `[section]` header. Undefined when none is near.
 */
export function enclosingKey(text: string, at: number): string | undefined {
  const floor = Math.max(0, at - NESTING_CHARS);
  let depth = 0;
  let lines = 0;
  for (let i = at - 1; i >= floor && lines <= NESTING_LINES; i--) {
    const c = text[i];
    if (c === "\n") lines++;
    else if (c === "}") depth++;
    else if (c === "{") {
      if (depth === 0) return keyBefore(text, i, floor);
      depth--;
    }
  }
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const indent = indentation(text, lineStart);
  let end = lineStart - 1;
  for (let n = 0; n < NESTING_LINES && end > floor; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const section = /^\[(?:[\w.-]+\.)?([\w-]+)\]$/.exec(trimmed);
    if (section) return section[1];
    if (indentation(text, start) < indent) return /^["']?([\w-]+)["']?[ \t]*:$/.exec(trimmed)?.[1];
  }
  return undefined;
}

/** The key in `"facebook": {`, `facebook: {`, `facebook = {` or `:facebook => {` before `{` at `brace`. */
function keyBefore(text: string, brace: number, floor: number): string | undefined {
  const before = text.slice(Math.max(floor, brace - 80), brace);
  return /["':]?([\w-]+)["']?[ \t]*(?::|=>?)[ \t]*$/.exec(before)?.[1];
}

function indentation(text: string, lineStart: number): number {
  let i = lineStart;
  while (text[i] === " " || text[i] === "\t") i++;
  return i - lineStart;
}
