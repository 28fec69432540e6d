/** What the version table says about one version, and whether the table itself is current. */
import { VERSION_TABLE } from "./graph-api-versions.js";

export const LATEST_VERSION: string = VERSION_TABLE.versions[0].version;

export type VersionStatus =
  | { known: true; released: Date; until?: Date }
  /** Not in the table: newer than its newest entry, or older than its oldest (long ended). */
  | { known: false; newer: boolean };

const major = (version: string) => Number(/^v(\d+)/.exec(version)?.[1]);
const day = (text: string) => new Date(`${text}T00:00:00Z`);

export function versionStatus(version: string): VersionStatus {
  const entry = VERSION_TABLE.versions.find((v) => v.version === version);
  if (entry)
    return { known: true, released: day(entry.released), ...(entry.until && { until: day(entry.until) }) };
  return { known: false, newer: major(version) > major(LATEST_VERSION) };
}

/** When a release newer than the table's newest was due: past it, the table may be out of date. */
export function nextReleaseExpectedBy(): Date {
  return monthsAfterNewest(VERSION_TABLE.releaseIntervalMonths);
}

/** The soonest a release newer than the table's newest can have come out. */
export function nextReleasePossibleFrom(): Date {
  return monthsAfterNewest(VERSION_TABLE.shortestReleaseIntervalMonths);
}

function monthsAfterNewest(months: number): Date {
  const newest = day(VERSION_TABLE.versions[0].released);
  newest.setUTCMonth(newest.getUTCMonth() + months);
  return newest;
}

/** When the version after `version` came out, if the table has it. */
export function nextReleaseOf(version: string): Date | undefined {
  const index = VERSION_TABLE.versions.findIndex((v) => v.version === version);
  return index > 0 ? day(VERSION_TABLE.versions[index - 1]!.released) : undefined;
}
