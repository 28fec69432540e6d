/**
 * The pre-commit hook's hint pattern, derived from the rules. Before it starts node, the hook asks
 * git whether any changed line matches `HINTS` (a POSIX extended regular expression); only then
 * does the full scan run. That is safe only while the pattern is a superset of what the engine
 * reports, including what it reports through its decoders: a base64'd token holds no `EAA`, so
 * each rule's hint is also given in its base64 forms (one per byte alignment, either alphabet) and
 * its percent-encoded form (`%7C`, `%257C`; every character, letters too: `%45%41%41`). A test keeps `hooks/pre-commit` equal to this.
 * The engine decodes base64 inside base64 too (a Kubernetes Secret whose value is a base64'd
 * `.env`), so the hint covers that form as well: when the fast path says "nothing", node never
 * starts, and a form missing here is a form the hook lets through.
 *
 * A hint is a sequence of items, each a set of characters and how many of them follow. Items are
 * built with literal(), anyCase() and repeat(); sets are listed characters or ranges (`0-9a-f`).
 * A rule whose key and value sit on one line gives its hint as a KeyValueHint: the key, then the
 * value later on that line, each in any of its forms. A word as common as `secret` then starts
 * node only when something that could be the value follows it.
 */

export interface HintItem {
  /** Every character allowed at this position (ranges already expanded). */
  chars: string;
  count: number;
}
export type HintPattern = readonly HintItem[];
/**
 * A key, then its value later on the same line (git's -G reads one line at a time), with only
 * separator characters between them: identifier characters, quotes, `]`, blanks, `:=>,(`, and
 * their encodings. Never `;`, braces, `)` or `<|&!?*#$@~`.
 */
export interface KeyValueHint {
  key: HintPattern;
  value: HintPattern;
}
export type Hint = HintPattern | KeyValueHint;
const isKeyValue = (hint: Hint): hint is KeyValueHint => "key" in hint;

const expand = (set: string) =>
  set.replace(/(.)-(.)/g, (_, from: string, to: string) => {
    let out = "";
    for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) out += String.fromCharCode(c);
    return out;
  });

export const ALNUM = "A-Za-z0-9";
export const DIGITS = "0-9";
export const URL_SAFE = "A-Za-z0-9_\\-";

export const literal = (text: string): HintItem[] => [...text].map((c) => ({ chars: c, count: 1 }));
export const anyCase = (text: string): HintItem[] =>
  [...text].map((c) => ({ chars: unique(c.toLowerCase() + c.toUpperCase()), count: 1 }));
/** `set` is a class body as in a regular expression: `0-9a-f`; `\\-` for a literal `-`. */
export const repeat = (set: string, count: number): HintItem => ({
  chars: unique(expand(set.replace("\\-", "\u0000")).replace("\u0000", "-")),
  count,
});

function unique(chars: string): string {
  return [...new Set(chars)].sort().join("");
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** Both alphabets at once: standard (`+/`) and URL-safe (`-_`) base64. */
const SIXTY_TWO = "+-";
const SIXTY_THREE = "/_";
const base64Chars = (value: number) => (value < 62 ? BASE64[value]! : value === 62 ? SIXTY_TWO : SIXTY_THREE);
/**
 * A derived set this large says little: it is widened to the whole alphabet (both kinds, and `%`
 * for `%2B` and friends in a URL) so that it compresses.
 */
const ANY_BASE64 = unique(`${BASE64}${SIXTY_TWO}${SIXTY_THREE}%`);
const WIDEN_AT = 16;
/**
 * A derived form keeps its first MAX_LENGTH characters: requiring fewer characters is still a
 * superset, and it keeps the pattern small enough that git's -G costs the typical commit nothing.
 */
const MAX_LENGTH = 16;

/**
 * The base64 encodings of text matching `pattern`, one per alignment of its first byte in a
 * 3-byte group. Only the characters whose 6 bits come wholly from the pattern are kept (the ones
 * at the edges depend on the unknown bytes around it). Characters are bytes here: the rules'
 * hints are ASCII.
 */
export function base64Forms(pattern: HintPattern): HintPattern[] {
  const bytes: string[] = pattern.flatMap((item) => Array<string>(item.count).fill(item.chars));
  const forms: HintPattern[] = [];
  for (let align = 0; align < 3; align++) {
    const out: HintItem[] = [];
    const at = (i: number) => bytes[i - align]; // undefined outside the pattern
    const groups = Math.ceil((bytes.length + align) / 3);
    for (let g = 0; g < groups; g++) {
      const [a, b, c] = [at(g * 3), at(g * 3 + 1), at(g * 3 + 2)];
      // Each output character: the bytes it reads, and how it is made from them.
      const outputs: [(string | undefined)[], (x: number, y: number) => number][] = [
        [[a], (x) => x >> 2],
        [[a, b], (x, y) => ((x & 3) << 4) | (y >> 4)],
        [[b, c], (x, y) => ((x & 15) << 2) | (y >> 6)],
        [[c], (x) => x & 63],
      ];
      for (const [inputs, make] of outputs) {
        if (inputs.some((set) => set === undefined)) continue;
        const first = inputs[0]!;
        const second = inputs[1] ?? "\u0000";
        let chars = "";
        for (const x of first)
          for (const y of second) chars += base64Chars(make(x.charCodeAt(0), y.charCodeAt(0)));
        chars = unique(chars);
        out.push({ chars: chars.length >= WIDEN_AT ? ANY_BASE64 : chars, count: 1 });
      }
    }
    forms.push(compress(out));
  }
  return forms;
}

/** The first MAX_LENGTH characters of a pattern. */
function limit(pattern: HintPattern): HintPattern {
  const out: HintItem[] = [];
  let left = MAX_LENGTH;
  for (const item of pattern) {
    if (left === 0) break;
    out.push({ ...item, count: Math.min(item.count, left) });
    left -= Math.min(item.count, left);
  }
  return out;
}

function compress(items: readonly HintItem[]): HintItem[] {
  const out: HintItem[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && last.chars === item.chars) last.count += item.count;
    else out.push({ ...item });
  }
  return out;
}

/** One item as an ERE atom: a character, or a bracket expression. */
function atom(chars: string): string {
  if (chars.length === 1) return /[A-Za-z0-9%:_ -]/.test(chars) ? chars : `[${chars}]`;
  let body = "";
  const codes = [...chars].map((c) => c.charCodeAt(0)).filter((c) => c !== 45 && c !== 93 && c !== 94);
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    const from = String.fromCharCode(codes[i]!);
    const to = String.fromCharCode(codes[j]!);
    body += j - i >= 2 ? `${from}-${to}` : j === i ? from : `${from}${to}`;
    i = j + 1;
  }
  if (chars.includes("]")) body = `]${body}`;
  if (chars.includes("^")) body += "^";
  if (chars.includes("-")) body += "-";
  return `[${body}]`;
}

/** A pattern as a POSIX ERE (also a valid JavaScript pattern). */
export function toEre(pattern: HintPattern): string {
  return limit(pattern)
    .map((item) => atom(item.chars) + (item.count > 1 ? `{${item.count}}` : ""))
    .join("");
}

/** Any `%XX` escape, once or twice encoded (`%41`, `%2541`). */
const ANY_ESCAPE = "%(25)?[0-9A-Fa-f]{2}";

/**
 * The pattern as it reads percent-encoded, once or twice (`%7C`, `%257C`): any character may be
 * written `%XX`, letters and digits too (an encoder that escapes everything: `%45%41%41…`), so
 * this form also matches the plain text.
 */
export function percentForm(pattern: HintPattern): string {
  return limit(pattern)
    .map((item) => {
      const hex =
        item.chars.length > 2
          ? [ANY_ESCAPE]
          : [...item.chars].map((c) => {
              const code = c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0");
              const digit = (d: string) => atom(unique(d + d.toLowerCase()));
              return `%(25)?${digit(code[0]!)}${digit(code[1]!)}`;
            });
      const one = `(${[atom(item.chars), ...hex].join("|")})`;
      return item.count > 1 ? `${one}{${item.count}}` : one;
    })
    .join("");
}

/**
 * Wrapped base64 (`base64` wraps at 76 columns, `openssl` at 64): the decoder joins the lines, but
 * git's -G reads one line at a time, so a hint cut by the wrap matches no line. What every such
 * cut leaves is a continuation line: one that starts, after blanks, with base64 holding the rest of
 * the credential, at least 32 characters (the shortest credential, an app secret, is 32 bytes).
 * Anchored at the line start, it costs -G almost nothing.
 */
export const WRAPPED_BASE64_HINT = "^[ \t]*[A-Za-z0-9+/_-]{32}";

/**
 * A letter or digit written as a percent escape, once or twice encoded (`%52`, `%2552`), followed
 * by more base64 or another escape: what a base64'd line looks like after an encoder escaped more
 * than it had to. Every fixed character of a hint's base64 form is a letter or digit (the `+/`
 * that `%2B` and `%2F` stand for only ever fall where a form allows any base64 and `%`), so one
 * such escape is all it takes to break those forms; this hint catches what they then miss.
 * Escapes of other characters (`%20`, `%3D`, `%2F` in an encoded URL), printf formats (`%4d`,
 * `%5s`) and dates (`%Y-%m-%d`) do not match it.
 */
export const ESCAPED_ALPHANUMERIC_HINT = "%(25)?(3[0-9]|[46][1-9A-Fa-f]|[57][0-9Aa])[A-Za-z0-9+/_%-]";

/**
 * What may stand between a key and its value: anything but the characters no separator holds, in
 * any encoding (`%`, hex digits and base64 stay allowed). `|`, `?` and `)` stay allowed for the
 * default-value operators (`|| "…"`, `?? "…"`, `getenv('…') ?: "…"`). These end the search at the next
 * statement or brace, which also bounds how far a regex engine that backtracks reads from each
 * occurrence of the key. (A bound such as `.{0,385}` costs GNU grep 0.4 s to compile.)
 */
const SEPARATOR_GAP = "[^;{}<&!*#$@~]*";

/** A pattern's base64 forms, encoded once and twice over. */
function base64FormsToDepthTwo(pattern: HintPattern): string[] {
  const forms: string[] = [];
  for (const once of base64Forms(pattern)) {
    forms.push(toEre(once));
    for (const twice of base64Forms(once)) forms.push(toEre(twice));
  }
  return forms;
}

/**
 * The pattern with every character percent-encoded (`EAA` as `%45%41%41`), as a HintPattern, so
 * that its base64 forms can be derived: a line percent-encoded whole and then base64'd holds
 * none of the plain pattern's base64 forms. Hex digits in either case.
 */
export function percentAllPattern(pattern: HintPattern): HintPattern {
  const nibble = (chars: string, high: boolean) =>
    unique(
      [...chars]
        .map((c) => {
          const hex = c.charCodeAt(0).toString(16).padStart(2, "0")[high ? 0 : 1]!;
          return hex.toUpperCase() + hex.toLowerCase();
        })
        .join(""),
    );
  const out: HintItem[] = [];
  for (const item of limit(pattern))
    for (let i = 0; i < item.count; i++)
      out.push(
        { chars: "%", count: 1 },
        { chars: nibble(item.chars, true), count: 1 },
        { chars: nibble(item.chars, false), count: 1 },
      );
  return compress(out);
}

/** The hook's three patterns (POSIX EREs that are also JavaScript patterns). */
export interface HookHints {
  /** Any changed line that matches sends the change to the scan. */
  hints: string;
  /** The keys of key-value hints: a changed line that matches is then searched for `keyValues`. */
  keys: string;
  /**
   * A key followed on its line by its value. Searched with grep over the changed lines, never
   * with git's -G: glibc's regexec behind -G reads to the end of the line from every occurrence
   * of the key (a 1 MB minified JSON line that says `secret` 14,000 times took git 16 s; grep's
   * automaton reads each line once).
   */
  keyValues: string;
}

/**
 * Every form of every hint: plain, percent-encoded (once or twice), base64 (once or twice), the
 * continuation line of wrapped base64, base64 with letters escaped, and the base64 of the key
 * percent-encoded whole. A key-value hint is its key base64'd (a whole line
 * base64'd holds the key's base64 form, and the value's is then unknowable), or its key plain or
 * percent-encoded followed later on the line by its value in any form (the decoders read a
 * base64'd value after a plain key: `META_APP_SECRET: <base64>`), with only separator characters
 * between them (SEPARATOR_GAP).
 */
export function hookHints(hints: readonly Hint[]): HookHints {
  const strong = new Set<string>([WRAPPED_BASE64_HINT, ESCAPED_ALPHANUMERIC_HINT]);
  const keys = new Set<string>();
  const keyValues = new Set<string>();
  for (const hint of hints) {
    const key = isKeyValue(hint) ? hint.key : hint;
    const plain = percentForm(key); // also matches the plain form
    if (isKeyValue(hint)) {
      // Any escape after the key counts too: a base64'd value with some characters
      // percent-escaped (decoded percent first, then base64) matches none of the forms above.
      const values = [
        ...new Set([percentForm(hint.value), ...base64FormsToDepthTwo(hint.value), ANY_ESCAPE]),
      ];
      keys.add(plain);
      keyValues.add(`${plain}${SEPARATOR_GAP}(${values.join("|")})`);
    } else strong.add(plain);
    for (const form of base64FormsToDepthTwo(key)) strong.add(form);
    for (const form of base64Forms(percentAllPattern(key))) strong.add(toEre(form));
  }
  return { hints: [...strong].join("|"), keys: [...keys].join("|"), keyValues: [...keyValues].join("|") };
}
