import type { Check } from "../check.js";
import type { VerifySettings } from "../settings.js";
import { LATEST_VERSION, nextReleaseExpectedBy, nextReleaseOf, versionStatus } from "../versions.js";
import { DAY } from "./input.js";

const TITLE = "Graph API version";
const UPDATE = "Update wa-token-guard for a current version table, and check Meta's changelog.";
const date = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The pinned version: fails once it has ended (Meta then serves the next version, whose changes
 * the code was not written for), warns within 90 days of its end. When today is past the time a
 * newer release was due, the table itself may be stale, and the check says so instead of
 * claiming "no end of life".
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
    // Only the version after the table's newest gets here (settings refuse others), and only
    // once it was due: so the table is stale, and says so.
    return {
      id: "version",
      title: TITLE,
      status: stale ? "warning" : "ok",
      value: `${version} (newer than this release's table${stale ? `; ${staleNote}, so the table may be out of date` : ""})`,
      ...(stale && { fix: UPDATE }),
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
  const likelyEnd = new Date(nextReleaseOf(version) ?? dueBy);
  likelyEnd.setUTCFullYear(likelyEnd.getUTCFullYear() + 2);
  if (now > likelyEnd) {
    return {
      id: "version",
      title: TITLE,
      status: "failed",
      value: `${version} has most likely ended (versions stop about two years after the next release; ${staleNote})`,
      fix: UPDATE,
    };
  }
  if (stale) {
    return {
      id: "version",
      title: TITLE,
      status: "warning",
      value: `${version}: end date unknown; ${staleNote}, so the table may be out of date`,
      fix: UPDATE,
    };
  }
  return { id: "version", title: TITLE, status: "ok", value: `${version} (no end date announced yet)` };
}
