/**
 * Hostile and unlucky inputs, the way users meet them: the bundled action (INPUT_* variables) and
 * the bundled CLI (environment and .env), against the stand-ins. A secret with a character that
 * cannot be seen is named by code point and position; tokens are never sent over plain http to
 * another machine, nor to a URL holding credentials; swapped or misplaced secrets are never
 * printed, in the `::error::` line, the summary or anywhere else.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type ActionRun, leaksOutsideMask, runAction } from "../helpers/action-runner.js";
import { APP_ID, FRESH_RECIPIENT, fixtures, PHONE_ID, useGraphStandin } from "../helpers/graph-fixtures.js";
import { CLI, NODE, runAsync } from "../helpers/repo.js";
import { leakedIn } from "../helpers/tokens.js";

const { tokens, config, allSecrets } = fixtures();
const standin = useGraphStandin(config);
afterEach(() => {
  standin().requests.length = 0;
  standin().clearFaults();
});

async function action(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const run = await runAction({ "graph-api-url": standin().url, ...inputs }, env);
  expect(leaksOutsideMask(run.everything, allSecrets)).toEqual([]);
  expect(run.everything).not.toContain("internal error");
  return run;
}

const errorLine = (run: ActionRun) => run.stdout.split("\n").find((line) => line.startsWith("::error"))!;

async function cli(args: string[], env: Record<string, string>, dotenv?: string) {
  const cwd = mkdtempSync(join(tmpdir(), "wtg-inputs-"));
  if (dotenv !== undefined) writeFileSync(join(cwd, ".env"), dotenv);
  const run = await runAsync(NODE, [CLI, "verify", "--graph-api-url", standin().url, ...args], cwd, {
    PATH: process.env.PATH,
    HOME: cwd,
    ...env,
  });
  expect(leakedIn(run.all, allSecrets)).toEqual([]);
  expect(run.all).not.toMatch(/internal error|\n\s+at /);
  return run;
}

describe("a secret with an invisible character", () => {
  const length = tokens.systemUser.length;
  it.each([
    [
      "a trailing zero-width space",
      `${tokens.systemUser}\u200b`,
      `U+200B ZERO WIDTH SPACE) at position ${length + 1}`,
    ],
    ["a byte order mark in front", `\ufeff${tokens.systemUser}`, "U+FEFF BYTE ORDER MARK) at position 1 "],
    [
      "a no-break space inside",
      `${tokens.systemUser.slice(0, 50)}\u00a0${tokens.systemUser.slice(50)}`,
      "U+00A0 NO-BREAK SPACE) at position 51 ",
    ],
    [
      "a control character",
      `${tokens.systemUser.slice(0, 9)}\u0007${tokens.systemUser.slice(9)}`,
      "U+0007 a control character) at position 10",
    ],
  ])("%s: the action names it and asks nothing", async (_what, token, says) => {
    const run = await action({ token });
    expect(run.code).toBe(1);
    expect(errorLine(run)).toContain(`token contains an invisible character (${says}`);
    expect(run.outputs.status).toBe("failed");
    expect(run.summary).toContain("invisible character");
    expect(standin().requests).toHaveLength(0);
  });

  it("a visible non-ASCII character is named too", async () => {
    const run = await action({ token: `${tokens.systemUser.slice(0, 20)}é${tokens.systemUser.slice(20)}` });
    expect(errorLine(run)).toContain(
      "token contains a character that is not plain ASCII (U+00E9) at position 21",
    );
  });

  it("the CLI says the same, from the environment and from .env; ASCII padding is only a warning", async () => {
    const fromEnv = await cli([], { WHATSAPP_TOKEN: `${tokens.systemUser}\u200b` });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toMatch(
      /^wa-token-guard: token contains an invisible character \(U\+200B ZERO WIDTH SPACE\)/,
    );
    const fromFile = await cli([], {}, `WHATSAPP_TOKEN=\u2060${tokens.systemUser}\n`);
    expect(fromFile.code).toBe(2);
    expect(fromFile.stderr).toContain("(U+2060 WORD JOINER) at position 1 ");
    const padded = await cli([], { WHATSAPP_TOKEN: ` ${tokens.systemUser}\r\n` });
    expect(padded.code).toBe(0);
    expect(padded.stdout).toContain("had spaces or a line break around it");
  });

  it("the app secret and the GitHub token are checked the same way", async () => {
    const run = await action(
      {
        token: tokens.systemUser,
        "app-id": APP_ID,
        "app-secret": `${tokens.secrets.app}\u200b`,
        "open-issue": "true",
        "github-token": "ghs_abcdefghijklmnop\u200d",
      },
      { GITHUB_REPOSITORY: "acme/bot" },
    );
    expect(errorLine(run)).toContain(
      "app-secret contains an invisible character (U+200B ZERO WIDTH SPACE) at position 33",
    );
    expect(errorLine(run)).toContain(
      "github-token contains an invisible character (U+200D ZERO WIDTH JOINER) at position 21",
    );
    expect(standin().requests).toHaveLength(0);
  });
});

describe("where tokens may be sent", () => {
  it.each([
    ["http://graph.facebook.com", "graph-api-url must use https"],
    ["http://10.0.0.8:8080", "graph-api-url must use https"],
    ["ftp://graph.facebook.com", "graph-api-url must be an https URL"],
  ])("%s is refused before any call", async (url, says) => {
    const run = await action({ token: tokens.systemUser, "graph-api-url": url });
    expect(run.code).toBe(1);
    expect(errorLine(run)).toContain(says);
    const viaCli = await cli(["--graph-api-url", url], { WHATSAPP_TOKEN: tokens.systemUser });
    expect(viaCli.code).toBe(2);
    expect(viaCli.stderr).toContain(says);
  });

  it("a URL with credentials is refused without echoing them", async () => {
    const url = standin().url.replace("http://", "http://proxyuser:hunter2secret@");
    const run = await action({ token: tokens.systemUser, "graph-api-url": url });
    expect(errorLine(run)).toContain("graph-api-url must not contain a user name or password");
    expect(run.everything).not.toContain("hunter2secret");
    expect(standin().requests).toHaveLength(0);
  });

  it("http to this machine is fine (localhost, 127.0.0.1)", async () => {
    const viaLocalhost = await action({
      token: tokens.systemUser,
      "graph-api-url": standin().url.replace("127.0.0.1", "localhost"),
    });
    expect(viaLocalhost.outputs.status).toBe("ok");
  });

  it("the expiry watch refuses a plain-http GITHUB_API_URL to another machine", async () => {
    const run = await action(
      { token: tokens.systemUser, "open-issue": "true", "github-token": "ghs_abcdefghijklmnop" },
      { GITHUB_API_URL: "http://github.example.com/api/v3", GITHUB_REPOSITORY: "acme/bot" },
    );
    expect(errorLine(run)).toContain("GITHUB_API_URL must use https");
    expect(leaksOutsideMask(run.everything, ["ghs_abcdefghijklmnop"])).toEqual([]);
  });
});

describe("secrets in the wrong input are never printed", () => {
  it("app-id and app-secret swapped: the secret is in no line, annotation or summary", async () => {
    const run = await action({
      token: tokens.systemUser,
      "app-id": tokens.secrets.app,
      "app-secret": APP_ID,
    });
    expect(run.code).toBe(1);
    expect(errorLine(run)).toContain("are app-id and app-secret swapped?");
    expect(run.stdout).toContain(`::add-mask::${tokens.secrets.app}`);
    expect(leaksOutsideMask(run.everything, [tokens.secrets.app])).toEqual([]);
    expect(run.summary).not.toContain(tokens.secrets.app);
  });

  it("a token pasted into another input is masked and redacted", async () => {
    const run = await action({
      token: tokens.systemUser,
      "waba-id": tokens.sixtyDay,
      name: tokens.secrets.other,
      "open-issue": "true",
      "github-token": "ghs_abcdefghijklmnop",
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::add-mask::${tokens.sixtyDay}`);
    expect(run.stdout).toContain(`::add-mask::${tokens.secrets.other}`);
    expect(
      leaksOutsideMask(run.everything, [tokens.sixtyDay, tokens.secrets.other, "ghs_abcdefghijklmnop"]),
    ).toEqual([]);
  });

  it("the CLI never prints the app secret read for --app-id, whichever check fails", async () => {
    const run = await cli(["--app-id", tokens.secrets.app], {
      WHATSAPP_TOKEN: tokens.systemUser,
      META_APP_SECRET: APP_ID,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("are --app-id and the app secret swapped?");
  });
});

describe("test-recipient: a phone number or a business-scoped user id", () => {
  const userId = "US.13491208655302741918";

  it("a user id is sent as `recipient`, never as `to`", async () => {
    const run = await action({
      token: tokens.systemUser,
      "phone-number-id": PHONE_ID,
      "test-recipient": userId,
    });
    expect(run.outputs.status).toBe("ok");
    expect(run.outputs["message-id"]).toMatch(/^wamid\./);
    const sent = standin().requests.find((request) => request.method === "POST")!;
    expect(sent.body).toMatchObject({ messaging_product: "whatsapp", recipient: userId, type: "template" });
    expect(sent.body).not.toHaveProperty("to");
  });

  it("a phone number is sent as `to`", async () => {
    const run = await action({
      token: tokens.systemUser,
      "phone-number-id": PHONE_ID,
      "test-recipient": `${FRESH_RECIPIENT.slice(0, 2)} (${FRESH_RECIPIENT.slice(2, 5)}) ${FRESH_RECIPIENT.slice(5)}`,
    });
    expect(run.outputs.status).toBe("ok");
    const sent = standin().requests.find((request) => request.method === "POST")!;
    expect(sent.body).toMatchObject({ to: FRESH_RECIPIENT });
    expect(sent.body).not.toHaveProperty("recipient");
  });

  it("free text to a user id outside the 24-hour window keeps the template advice", async () => {
    const run = await action({
      token: tokens.systemUser,
      "phone-number-id": PHONE_ID,
      "test-recipient": userId,
      "test-message": "CI check",
    });
    expect(run.code).toBe(1);
    expect(errorLine(run)).toContain("24-hour customer service window");
    expect(errorLine(run)).toContain("send a template instead");
  });

  it("a number without + and a user id with a space are refused", async () => {
    const noPlus = await action({
      token: tokens.systemUser,
      "phone-number-id": PHONE_ID,
      "test-recipient": "15550001234",
    });
    expect(errorLine(noPlus)).toContain("test-recipient must be a phone number with + and country code");
    const spaced = await action({
      token: tokens.systemUser,
      "phone-number-id": PHONE_ID,
      "test-recipient": "US. 1234",
    });
    expect(errorLine(spaced)).toContain("or a business-scoped user id (printable characters without spaces)");
    expect(standin().requests).toHaveLength(0);
  });

  it.each([
    ["the token itself", () => tokens.systemUser],
    ["another access token", () => tokens.sixtyDay],
    ["an app secret", () => tokens.secrets.app],
  ])("%s is refused, never sent to Meta as the recipient", async (_, recipient) => {
    const run = await action({
      token: tokens.systemUser,
      "phone-number-id": PHONE_ID,
      "test-recipient": recipient(),
    });
    expect(run.code).toBe(1);
    expect(errorLine(run)).toContain("test-recipient holds what looks like a credential");
    expect(standin().requests).toHaveLength(0);
    expect(leaksOutsideMask(run.everything, [recipient()])).toEqual([]);
  });
});

describe("a secret as the value of the wrong CLI flag", () => {
  it.each([
    ["--waba-id", tokens.secrets.app],
    ["--phone-number-id", tokens.secrets.other],
    ["--max-age-days", tokens.secrets.proof],
    ["--graph-api-version", tokens.sixtyDay],
  ])("%s <secret>: the value is in no message", async (flag, secret) => {
    const run = await cli([flag, secret], { WHATSAPP_TOKEN: tokens.systemUser });
    expect(run.code).toBe(2);
    expect(run.all.includes(secret)).toBe(false);
    const inline = await cli([`${flag}=${secret}`], { WHATSAPP_TOKEN: tokens.systemUser });
    expect(inline.code).toBe(2);
    expect(inline.all.includes(secret)).toBe(false);
  });
});

describe("waba-id and phone-number-id: ids of 5 to 20 digits", () => {
  it.each([
    ["--waba-id", "111", 'waba-id must be an id of 5 to 20 digits, not "111"'],
    [
      "--phone-number-id",
      "+15551234567",
      'phone-number-id must be an id of 5 to 20 digits (the id, not the phone number), not "+15551234567"',
    ],
  ])("%s %s says the rule", async (flag, value, message) => {
    const run = await cli([flag, value], { WHATSAPP_TOKEN: tokens.systemUser });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

describe("graph-api-url with a query or fragment, even an empty one", () => {
  it.each([
    "#",
    "?",
    "/?x=1",
    "/#frag",
  ])("a trailing %s is refused with a clear line, before any call", async (suffix) => {
    const url = `${standin().url}${suffix}`;
    const run = await action({ token: tokens.systemUser, "graph-api-url": url });
    expect(run.code).toBe(1);
    expect(errorLine(run)).toContain("graph-api-url must have no query or fragment (no ? or #)");
    const viaCli = await cli(["--graph-api-url", url], { WHATSAPP_TOKEN: tokens.systemUser });
    expect(viaCli.code).toBe(2);
    expect(viaCli.stderr).toContain("graph-api-url must have no query or fragment");
    expect(standin().requests).toHaveLength(0);
  });
});

describe("names that do not exist", () => {
  it("a Graph API version that was never released is refused, naming the newest", async () => {
    const run = await action({ token: tokens.systemUser, "graph-api-version": "v99.0" });
    expect(run.code).toBe(1);
    expect(errorLine(run)).toContain(
      "graph-api-version v99.0 is not a released Graph API version: the newest is v27.0 (released 2026-11-04)",
    );
    expect(standin().requests).toHaveLength(0);
  });

  it("an unrelated word gets no 'did you mean'; a typo still does", async () => {
    const unrelated = await cli(["--required-scopes", "banana"], { WHATSAPP_TOKEN: tokens.systemUser });
    expect(unrelated.code).toBe(2);
    expect(unrelated.stderr).toContain('unknown permission "banana" (not a permission name');
    expect(unrelated.stderr).not.toContain("did you mean");
    const typo = await cli(["--required-scopes", "whatsapp_business_mesaging"], {
      WHATSAPP_TOKEN: tokens.systemUser,
    });
    expect(typo.stderr).toContain("did you mean whatsapp_business_messaging?");
  });
});
