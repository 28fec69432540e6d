/**
 * What the expiry watch sends to GitHub goes through the same scrubber as the log: a secret that
 * reached the verdict (here a Graph API that echoes the token back in the phone number's name)
 * never lands in an issue body or comment, which may be public. The bundled action against the
 * GitHub and Graph stand-ins.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leaksOutsideMask, runAction } from "../helpers/action-runner.js";
import { GitHubStandin } from "../helpers/github-standin.js";
import { fixtures, PHONE_ID, startStandin } from "../helpers/graph-fixtures.js";
import type { GraphStandin } from "../helpers/graph-standin.js";

const { tokens, config, allSecrets } = fixtures();
const WRITE = "ghs_write_token_for_scrub_tests";
const echoed = tokens.sixtyDayExpiringSoon;
let graph: GraphStandin;
let github: GitHubStandin;

beforeAll(async () => {
  const phone = config.phones?.[PHONE_ID];
  if (!phone) throw new Error("the fixtures have no phone number");
  graph = await startStandin({
    ...config,
    phones: {
      ...config.phones,
      [PHONE_ID]: { ...phone, info: { ...phone.info, verified_name: `Acme ${echoed}` } },
    },
  });
  github = await new GitHubStandin({ tokens: { [WRITE]: "write" } }).start();
});
afterAll(async () => {
  await graph.stop();
  await github.stop();
});

describe("the expiry issue", () => {
  it("never holds a secret that the Graph API echoed back", async () => {
    const run = await runAction(
      {
        token: echoed,
        "graph-api-url": graph.url,
        "phone-number-id": PHONE_ID,
        "open-issue": "true",
        "github-token": WRITE,
      },
      { GITHUB_API_URL: github.apiUrl, GITHUB_REPOSITORY: "acme/bot" },
    );
    expect(leaksOutsideMask(run.everything, [...allSecrets, WRITE])).toEqual([]);
    const issue = github.issues[0]!;
    expect(issue).toBeDefined();
    const sent = [issue.title, issue.body, ...issue.comments].join("\n");
    // Booleans, so that a failing test does not print the token either.
    expect(sent.includes(echoed)).toBe(false);
    expect(sent.includes(echoed.slice(8, 60))).toBe(false);
  });
});
