import type { Check } from "../check.js";
import type { VerifySettings } from "../settings.js";
import {
  LATEST_VERSION,
  nextReleaseExpectedBy,
  nextReleaseOf,
  nextReleasePossibleFrom,
  versionStatus,
} from "../versions.js";
import { DAY } from "./input.js";

const TITLE = "Graph API version";
const UPDATE = "Update wa-token-guard for a current version table, and check Meta's changelog.";
const date = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The pinned version: fails once it has ended (Meta then serves the next version, whose changes
 * the code was not written for), warns within 90 days of its end. When today is past the time a
 * newer release was due, the table itself may be stale, and the check says so instead of
 * claiming "no end of life".
 *
 * A version with no end date announced stops about two years after the next release. While that
 * cannot be near, a stale table is said in the row but is no warning: a warning on every run for
 * a year and more, with nothing at risk, teaches people to skip warnings. The warning starts 90
 * days before the soonest end the next release allows (it may have come three months after this
 * one), and the check fails once two years have passed since it was due.
 */
export function versionCheck(settings: VerifySettings, now: Date): Check {
  const version = settings.graphApiVersion;
  const known = versionStatus(version);
  const dueBy = nextReleaseExpectedBy();
  const stale = now > dueBy;
  const staleNote = `this release's version table ends at ${LATEST_VERSION} and a newer version was due by ${date(dueBy)}`;
  const move = `Move graph-api-version to ${LATEST_VERSION} and check your code against Meta's changelog.`;

  if (!known.known) {
    if (!known.newer) {
      return { id: "version", title: TITLE, status: "failed", value: `${version} ended long ago`, fix: move };
    }
    // Only the version after the table's newest gets here (settings refuse others), once it may
    // have come out: newer than anything the table knows, so nothing known is ending.
    return {
      id: "version",
      title: TITLE,
      status: "ok",
      // Short enough for the summary's table cell, which shows passing rows (CELL_LIMIT).
      value: `${version} (newer than this release's table${stale ? ", which may be out of date" : ""})`,
      fix: UPDATE,
    };
  }
  if (known.until) {
    const daysLeft = Math.floor((known.until.getTime() - now.getTime()) / 1000 / DAY);
    if (daysLeft < 0) {
      return {
        id: "version",
        title: TITLE,
        status: "failed",
        value: `${version} ended ${date(known.until)}; Meta now serves a newer version in its place`,
        fix: move,
      };
    }
    if (daysLeft < 90) {
      return {
        id: "version",
        title: TITLE,
        status: "warning",
        value: `${version} ends ${date(known.until)} (${daysLeft} days left)`,
        fix: move,
      };
    }
    return { id: "version", title: TITLE, status: "ok", value: `${version} (until ${date(known.until)})` };
  }
  // No end date announced: a version stops about two years after the next one comes out, so
  // once two years have passed since the next one came (or was due), it has most likely ended.
  const successor = nextReleaseOf(version);
  const likelyEnd = twoYearsAfter(successor ?? dueBy);
  const soonestEnd = twoYearsAfter(successor ?? nextReleasePossibleFrom());
  if (now > likelyEnd) {
    return {
      id: "version",
      title: TITLE,
      status: "failed",
      value: `${version} has most likely ended (versions stop about two years after the next release; ${staleNote})`,
      fix: UPDATE,
    };
  }
  if (now.getTime() > soonestEnd.getTime() - 90 * DAY * 1000) {
    return {
      id: "version",
      title: TITLE,
      status: "warning",
      value: `${version} may end from ${date(soonestEnd)} (versions stop about two years after the next release${stale ? `; ${staleNote}` : ""})`,
      fix: stale ? UPDATE : move,
    };
  }
  if (stale) {
    return {
      id: "version",
      title: TITLE,
      status: "ok",
      value: `${version}: end date unknown, and the version table may be out of date`,
      fix: UPDATE,
    };
  }
  return { id: "version", title: TITLE, status: "ok", value: `${version} (no end date announced yet)` };
}

function twoYearsAfter(when: Date): Date {
  const later = new Date(when);
  later.setUTCFullYear(later.getUTCFullYear() + 2);
  return later;
}
