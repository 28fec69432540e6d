/**
 * The bundled action on a given day: rules that depend on today (the version table's dates, a
 * token's last hours, its expiry) at fixed dates, not at whatever day the suite happens to run.
 * The action is started as the runner starts it, with only its clock shifted (RunOptions.clock);
 * the Graph stand-in keeps the same clock, so a token's expires_at passes when the day comes.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  type ActionRun,
  clockFrom,
  leaksOutsideMask,
  overlongCells,
  runAction,
} from "../helpers/action-runner.js";
import { APP_ID, fixtures, useGraphStandin } from "../helpers/graph-fixtures.js";

/** The day the version table was checked (src/verify/graph-api-versions.ts), at noon. */
const TABLE_DAY = "2026-12-02T12:00:00Z";
/** Past the newest entry's (v27.0, 2026-11-04) next expected release (six months on: 2027-05-04). */
const STALE_DAY = "2027-06-01T00:00:00Z";
const HOUR = 3600 * 1000;

const { tokens, config, allSecrets } = fixtures(Date.parse(TABLE_DAY) / 1000);
const standin = useGraphStandin(config);
afterEach(() => {
  standin().requests.length = 0;
});

const later = (hours: number) => new Date(Date.parse(TABLE_DAY) + hours * HOUR).toISOString();

async function runOn(day: string, inputs: Record<string, string>): Promise<ActionRun> {
  standin().clock = clockFrom(day);
  const run = await runAction({ "graph-api-url": standin().url, ...inputs }, {}, { clock: day });
  expect(leaksOutsideMask(run.everything, allSecrets)).toEqual([]);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(overlongCells(run.summary)).toEqual([]);
  return run;
}

const annotations = (run: ActionRun, kind: "warning" | "error") =>
  run.stdout.split("\n").filter((line) => line.startsWith(`::${kind}`));
const versionAnnotation = (run: ActionRun) =>
  [...annotations(run, "error"), ...annotations(run, "warning")].find((line) =>
    line.includes("title=Graph API version::"),
  );

describe("the Graph API version, on the day the table was checked", () => {
  it("v27.0 by default, with no end date announced: ok", async () => {
    const run = await runOn(TABLE_DAY, { token: tokens.systemUser });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe("ok");
    expect(standin().requests[0]!.path).toBe("/v27.0/debug_token");
    expect(run.summary).toContain("v27.0 (no end date announced yet)");
    expect(run.summary).not.toContain("out of date");
    expect(versionAnnotation(run)).toBeUndefined();
  });

  it("a pinned version that ends within 90 days warns, with the days left; the step passes", async () => {
    const run = await runOn(TABLE_DAY, { token: tokens.systemUser, "graph-api-version": "v21.0" });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe("warning");
    expect(standin().requests[0]!.path).toBe("/v21.0/debug_token");
    expect(annotations(run, "warning")).toEqual([
      "::warning title=Graph API version::v21.0 ends 2027-01-21 (49 days left): move graph-api-version to v27.0 and check your code against Meta's changelog.",
    ]);
  });

  it("a pinned version that has ended fails", async () => {
    const run = await runOn(TABLE_DAY, { token: tokens.systemUser, "graph-api-version": "v20.0" });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: "failed", valid: "true" });
    expect(annotations(run, "error")).toEqual([
      "::error title=Graph API version::v20.0 ended 2026-09-24; Meta now serves a newer version in its place: move graph-api-version to v27.0 and check your code against Meta's changelog.",
    ]);
    expect(run.summary).toContain("<p>❌ <strong>Failed</strong>: Graph API version");
  });

  it("the next version (v28.0) is not released yet: an input error naming the newest, no call", async () => {
    const run = await runOn(TABLE_DAY, { token: tokens.systemUser, "graph-api-version": "v28.0" });
    expect(run.code).toBe(1);
    expect(annotations(run, "error")[0]).toContain(
      "graph-api-version v28.0 is not a released Graph API version: the newest is v27.0",
    );
    expect(standin().requests).toHaveLength(0);
  });

  it("the same pinned version a day after its end fails", async () => {
    const run = await runOn("2027-01-22T00:00:00Z", {
      token: tokens.systemUser,
      "graph-api-version": "v21.0",
    });
    expect(run.code).toBe(1);
    expect(versionAnnotation(run)).toMatch(/^::error title=Graph API version::v21\.0 ended 2027-01-21;/);
  });
});

describe("the Graph API version, once the table is past its next expected release", () => {
  it('the report says the table may be out of date instead of "no end date", without a warning', async () => {
    // Nothing the table knows can end for more than a year: said in the row, not warned about.
    const run = await runOn(STALE_DAY, { token: tokens.systemUser });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe("ok");
    expect(run.summary).not.toContain("no end date announced");
    expect(run.summary).toContain("may be out of date");
    expect(run.summary).toContain("v27.0: end date unknown, and the version table may be out of date");
    expect(versionAnnotation(run)).toBeUndefined();
  });

  it("then the next version may be real: v28.0 is called; one beyond it is still refused", async () => {
    const next = await runOn(STALE_DAY, { token: tokens.systemUser, "graph-api-version": "v28.0" });
    expect(next.code).toBe(0);
    expect(standin().requests[0]!.path).toBe("/v28.0/debug_token");
    expect(next.outputs.status).toBe("ok");
    expect(next.summary).toContain("v28.0 (newer than this release&#39;s table, which may be out of date)");
    const beyond = await runOn(STALE_DAY, { token: tokens.systemUser, "graph-api-version": "v29.0" });
    expect(beyond.code).toBe(1);
    expect(annotations(beyond, "error")[0]).toContain("the newest is v27.0");
  });

  it("90 days before the soonest end the next release allows, the newest version warns", async () => {
    const run = await runOn("2028-11-10T00:00:00Z", { token: tokens.systemUser });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe("warning");
    expect(versionAnnotation(run)).toMatch(
      /^::warning title=Graph API version::v27\.0 may end from 2029-02-04 \(versions stop about two years after the next release; /,
    );
  });

  it("two years after the next release was due, the newest version has most likely ended", async () => {
    const run = await runOn("2030-01-01T00:00:00Z", { token: tokens.systemUser });
    expect(run.code).toBe(1);
    expect(versionAnnotation(run)).toMatch(/^::error title=Graph API version::v27\.0 has most likely ended/);
  });

  it("a version whose end is in the table is judged by it: ended fails, later ones pass", async () => {
    const ended = await runOn(STALE_DAY, { token: tokens.systemUser, "graph-api-version": "v22.0" });
    expect(ended.code).toBe(1);
    expect(versionAnnotation(ended)).toMatch(/^::error title=Graph API version::v22\.0 ended 2027-05-20;/);
    const current = await runOn(STALE_DAY, { token: tokens.systemUser, "graph-api-version": "v25.0" });
    expect(current.outputs.status).toBe("ok");
    expect(current.summary).toContain("v25.0 (until 2028-07-29)");
  });
});

describe("a 60-day token's last day, and the day after (the stand-in keeps the same clock)", () => {
  // tokens.sixtyDayExpiringSoon expires 2 days and 1 hour after TABLE_DAY.
  it("on the day it is checked: 2 days left", async () => {
    const run = await runOn(TABLE_DAY, { token: tokens.sixtyDayExpiringSoon });
    expect(run.outputs).toMatchObject({ status: "failed", valid: "true", "days-left": "2" });
  });

  it("under a day left, the report says hours, never '0 days'", async () => {
    const run = await runOn(later(35.5), { token: tokens.sixtyDayExpiringSoon });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: "failed", valid: "true", "days-left": "0" });
    expect(annotations(run, "error")).toHaveLength(1);
    expect(annotations(run, "error")[0]).toMatch(/^::error title=Expires::.*\(13 hours left\)/);
    expect(run.summary).toContain("(13 hours left)");
    expect(run.everything).not.toMatch(/\b0 days\b/);
  });

  it("once expired it is valid=false, with or without app credentials", async () => {
    const day = later(72);
    const itself = await runOn(day, { token: tokens.sixtyDayExpiringSoon });
    const withApp = await runOn(day, {
      token: tokens.sixtyDayExpiringSoon,
      "app-id": APP_ID,
      "app-secret": tokens.secrets.app,
    });
    for (const run of [itself, withApp]) {
      expect(run.code).toBe(1);
      expect(run.outputs).toMatchObject({ status: "failed", valid: "false" });
      expect(annotations(run, "error")[0]).toContain("the token has expired");
    }
  });
});
