/**
 * Tiny hand-written reply schemas: a Shape checks an unknown JSON value and returns it typed, or
 * throws a ShapeMismatch naming the field and what it should have been
 * (`data.expires_at is text, expected a number of seconds`). Only declared fields are kept, so
 * nothing unchecked reaches the code behind the client.
 */

import { SHOWN_TEXT_LIMIT, shownText } from "../text-safety.js";

export type Shape<T> = (value: unknown, path: string) => T;

export class ShapeMismatch extends Error {
  override name = "ShapeMismatch";
}

/** What a JSON value is, in words, for the mismatch message. Never the value itself: it may be a secret. */
export function describeJson(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return "text";
    case "number":
      return Number.isFinite(value) ? `the number ${value}` : "not a number";
    case "boolean":
      return `${value}`;
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

function mismatch(path: string, value: unknown, expected: string): never {
  throw new ShapeMismatch(`${path} is ${describeJson(value)}, expected ${expected}`);
}

export const text: Shape<string> = (value, path) =>
  typeof value === "string" ? value : mismatch(path, value, "text");

/**
 * Text that may be shown to the user (a name, a status, an error message): control characters
 * removed and at most `limit` characters (text-safety.ts), here at the boundary, so that no
 * report, output or summary can receive a line break, an ESC or megabytes from a reply. Never
 * for secrets (a new access token), which must stay exactly as sent.
 */
export function shown(limit = SHOWN_TEXT_LIMIT): Shape<string> {
  return (value, path) => shownText(text(value, path), limit);
}

export const flag: Shape<boolean> = (value, path) =>
  typeof value === "boolean" ? value : mismatch(path, value, "true or false");

/** A whole number within a range, e.g. error codes or a count. */
export function integer(min: number, max: number, expected = "a whole number"): Shape<number> {
  return (value, path) => {
    if (typeof value !== "number" || !Number.isInteger(value)) return mismatch(path, value, expected);
    if (value < min || value > max)
      throw new ShapeMismatch(`${path} is ${value}, out of range for ${expected}`);
    return value;
  };
}

/** A Unix time in seconds (0 means "never" on debug_token), up to the year 9999. */
export const unixSeconds = integer(0, 253_402_300_799, "a number of seconds (a Unix time)");

/** A duration in seconds, up to 100 years. */
export const durationSeconds = integer(0, 3_155_760_000, "a number of seconds");

/** A Graph object id: digits, as text (Meta sends ids as strings). */
export const graphId: Shape<string> = (value, path) =>
  typeof value === "string" && /^\d{1,30}$/.test(value)
    ? value
    : mismatch(path, value, "an id (digits, as text)");

/** A list of at least `min` and at most `max` entries: no reply list is unbounded. */
export function list<T>(item: Shape<T>, options: { min?: number; max: number }): Shape<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) return mismatch(path, value, "a list");
    if (value.length < (options.min ?? 0)) {
      throw new ShapeMismatch(`${path} is an empty list, expected at least ${options.min} entry`);
    }
    if (value.length > options.max) {
      throw new ShapeMismatch(`${path} has ${value.length} entries, more than the ${options.max} expected`);
    }
    return value.map((entry, index) => item(entry, `${path}[${index}]`));
  };
}

/** Marks a field that may be absent (or null, which Graph sends for some unset fields). */
export interface Optional<T> {
  optional: Shape<T>;
}
export function optional<T>(shape: Shape<T>): Optional<T> {
  return { optional: shape };
}

type Fields = Record<string, Shape<unknown> | Optional<unknown>>;
type Required<F extends Fields> = { [K in keyof F as F[K] extends Shape<unknown> ? K : never]: F[K] };
type Maybe<F extends Fields> = { [K in keyof F as F[K] extends Optional<unknown> ? K : never]: F[K] };
type Checked<F extends Fields> = {
  [K in keyof Required<F>]: Required<F>[K] extends Shape<infer T> ? T : never;
} & { [K in keyof Maybe<F>]?: Maybe<F>[K] extends Optional<infer T> ? T : never };

export function object<F extends Fields>(fields: F): Shape<Checked<F>> {
  return (value, path) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return mismatch(path, value, "an object");
    }
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(fields)) {
      const inner = input[key];
      const where = path ? `${path}.${key}` : key;
      if (typeof field === "function") {
        if (inner === undefined) throw new ShapeMismatch(`${where} is missing`);
        out[key] = field(inner, where);
      } else if (inner !== undefined && inner !== null) {
        out[key] = field.optional(inner, where);
      }
    }
    return out as Checked<F>;
  };
}

/** The first shape that fits; the mismatch of the last one otherwise. */
export function either<A, B>(first: Shape<A>, second: Shape<B>): Shape<A | B> {
  return (value, path) => {
    try {
      return first(value, path);
    } catch (error) {
      if (!(error instanceof ShapeMismatch)) throw error;
      return second(value, path);
    }
  };
}
