/**
 * Preloaded into a child process (`node --import <this file's URL>?at=<ISO time>`, through
 * NODE_OPTIONS) to run it on another day: `Date.now()`, `new Date()` and `Date()` start at `at`
 * and then advance as real time does, so timeouts, deadlines and backoff measure real durations.
 * Timers, `performance.now()` and `process.uptime()` are left alone. The product code is started
 * exactly as the runner starts it and knows nothing of this; only the clock differs.
 *
 * Without a valid `at` it throws, so a test asking for a shifted clock can never silently get the
 * real one. Plain erasable TypeScript: Node runs it with its built-in type stripping.
 */
const at = new URL(import.meta.url).searchParams.get("at") ?? "";
const start = Date.parse(at);
if (!/^\d{4}-\d\d-\d\dT/.test(at) || Number.isNaN(start)) {
  throw new Error(`shifted-clock: ?at= must be an ISO 8601 time, not "${at}"`);
}

const RealDate = Date;
const offset = start - RealDate.now();
const now = () => RealDate.now() + offset;

globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) =>
    Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
  // `Date()` called without `new` is the current time as text.
  apply: () => new RealDate(now()).toString(),
  get: (target, property, receiver) => (property === "now" ? now : Reflect.get(target, property, receiver)),
});

export {};
