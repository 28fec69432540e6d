/**
 * A Graph API reply that echoes the token inside a text field (debug_token's `application`): the
 * log, the outputs, the job summary (whose table cells are shortened to 72 characters) and the
 * expiry issue show no piece of it, not even the start that a shortened cell would keep. The
 * bundled action against the Graph and GitHub stand-ins.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "../helpers/action-runner.js";
import { GitHubStandin } from "../helpers/github-standin.js";
import { APP_ID, fixtures, startStandin } from "../helpers/graph-fixtures.js";
import type { GraphStandin } from "../helpers/graph-standin.js";

const { tokens, config } = fixtures();
const WRITE = "ghs_write_token_for_piece_tests";
/** Expiring soon, so that the expiry issue is opened and its body written. */
const echoed = tokens.sixtyDayExpiringSoon;
let graph: GraphStandin;
let github: GitHubStandin;

beforeAll(async () => {
  const profile = config.tokens[echoed]!;
  graph = await startStandin({
    ...config,
    tokens: {
      ...config.tokens,
      [echoed]: { ...profile, data: { ...profile.data, application: `token was ${echoed}` } },
    },
  });
  github = await new GitHubStandin({ tokens: { [WRITE]: "write" } }).start();
});
afterAll(async () => {
  await graph.stop();
  await github.stop();
});

/** Whether any 16-character piece of the secret is in the text (a boolean: nothing is printed). */
function holdsPiece(text: string, secret: string): boolean {
  for (let at = 0; at + 16 <= secret.length; at++) if (text.includes(secret.slice(at, at + 16))) return true;
  return false;
}

describe("a token echoed in a reply's text field", () => {
  it("no 16-character piece of it in the log, outputs, summary or issue", async () => {
    const run = await runAction(
      {
        token: echoed,
        "app-id": APP_ID,
        "app-secret": tokens.secrets.app,
        "graph-api-url": graph.url,
        "open-issue": "true",
        "github-token": WRITE,
      },
      { GITHUB_API_URL: github.apiUrl, GITHUB_REPOSITORY: "acme/bot" },
    );
    expect(run.everything).not.toMatch(/internal error/);
    // The summary's table has the app row (passing), shortened: it is the cell that leaked.
    expect(run.summary.includes("Belongs to the app")).toBe(true);
    expect(run.summary.includes("token was ")).toBe(true);
    const shown = run.everything
      .split("\n")
      .filter((line) => !line.startsWith("::add-mask::"))
      .join("\n");
    expect(holdsPiece(shown, echoed)).toBe(false);
    const issue = github.issues[0]!;
    expect(issue).toBeDefined();
    expect(holdsPiece([issue.title, issue.body, ...issue.comments].join("\n"), echoed)).toBe(false);
  });
});
