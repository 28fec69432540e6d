/**
 * The Graph client against the stand-in over real HTTP: form posts, what is retried and what is
 * never sent twice, waiting as long as Meta asks, and stopping at once when that is too long.
 */
import { afterEach, describe, expect, it } from "vitest";
import { GraphClient } from "../../src/graph/client.js";
import { GraphRefusedError, GraphReplyError, GraphUnansweredError } from "../../src/graph/errors.js";
import { ACCESS_TOKEN, DEBUG_TOKEN, REVOKE, SENT_MESSAGE } from "../../src/graph/replies.js";
import { APP_ID, fixtures, PHONE_ID, RECIPIENT, useGraphStandin } from "../helpers/graph-fixtures.js";

const { tokens, config } = fixtures();
const standin = useGraphStandin(config);
const waits: number[] = [];

function client(timeoutMs = 20_000) {
  return new GraphClient({
    baseUrl: standin().url,
    version: "v27.0",
    timeoutMs,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
}

afterEach(() => {
  standin().clearFaults();
  standin().requests.length = 0;
  waits.length = 0;
});

const template = {
  messaging_product: "whatsapp",
  recipient_type: "individual",
  to: RECIPIENT,
  type: "template",
  template: { name: "hello_world", language: { code: "en_US" } },
};

describe("postForm", () => {
  it("sends every parameter in a form body, none in the URL", async () => {
    const graph = client();
    const { body } = await graph.postForm(
      "oauth/access_token",
      undefined,
      {
        grant_type: "fb_exchange_token",
        client_id: APP_ID,
        client_secret: tokens.secrets.app,
        set_token_expires_in_60_days: "true",
        fb_exchange_token: tokens.sixtyDay,
        unset: undefined,
      },
      ACCESS_TOKEN,
    );
    await graph.close();
    expect(body.access_token).toBe(standin().issued.at(-1));
    expect(body.token_type).toBe("bearer");
    const [sent] = standin().requests;
    expect(sent).toMatchObject({ method: "POST", path: "/v27.0/oauth/access_token", query: {} });
    expect(sent!.contentType).toBe("application/x-www-form-urlencoded");
    expect(sent!.form).toEqual({
      grant_type: "fb_exchange_token",
      client_id: APP_ID,
      client_secret: tokens.secrets.app,
      set_token_expires_in_60_days: "true",
      fb_exchange_token: tokens.sixtyDay,
    });
    expect(sent!.url).not.toContain(tokens.secrets.app);
    expect(sent!.authorization).toBeUndefined();
  });

  it("puts the calling token in the Authorization header", async () => {
    const graph = client();
    const victim = (
      await graph.postForm(
        "oauth/access_token",
        undefined,
        {
          grant_type: "fb_exchange_token",
          client_id: APP_ID,
          client_secret: tokens.secrets.app,
          fb_exchange_token: tokens.sixtyDay,
        },
        ACCESS_TOKEN,
      )
    ).body.access_token;
    const appToken = `${APP_ID}|${tokens.secrets.app}`;
    const { body } = await graph.postForm(
      "oauth/revoke",
      appToken,
      { client_id: APP_ID, client_secret: tokens.secrets.app, revoke_token: victim },
      REVOKE,
    );
    expect(body.success).toBe("true");
    expect(standin().requests.at(-1)!.authorization).toBe(`Bearer ${appToken}`);
    const { body: inspected } = await graph.get(
      "debug_token",
      appToken,
      { input_token: victim },
      DEBUG_TOKEN,
    );
    await graph.close();
    expect(inspected.data.is_valid).toBe(false);
  });

  it("a refusal is a GraphRefusedError, sent once", async () => {
    const graph = client();
    const call = graph.postForm(
      "oauth/access_token",
      undefined,
      {
        grant_type: "fb_exchange_token",
        client_id: APP_ID,
        client_secret: tokens.secrets.other,
        fb_exchange_token: tokens.sixtyDay,
      },
      ACCESS_TOKEN,
    );
    await expect(call).rejects.toBeInstanceOf(GraphRefusedError);
    await expect(call).rejects.toThrow(/code 101, OAuthException: Error validating client secret/);
    await graph.close();
    expect(standin().requests).toHaveLength(1);
  });
});

describe("a request that may have reached Meta is never sent twice", () => {
  it("a POST whose connection drops after the request arrived is sent exactly once", async () => {
    standin().fail({ kind: "reset" }, 5, /messages$/);
    const graph = client();
    const call = graph.post(`${PHONE_ID}/messages`, tokens.systemUser, template, SENT_MESSAGE);
    await expect(call).rejects.toBeInstanceOf(GraphUnansweredError);
    await expect(call).rejects.toThrow(/connection dropped/);
    await graph.close();
    expect(standin().requests.filter((r) => r.method === "POST")).toHaveLength(1);
    expect(standin().requests[0]!.body).toEqual(template);
  });

  it("a form POST after a 5xx page or a transient Graph code is not sent again", async () => {
    for (const fault of [
      { kind: "server-error" as const },
      {
        kind: "reply" as const,
        status: 500,
        body: '{"error":{"code":131000,"message":"Something went wrong"}}',
      },
    ]) {
      standin().fail(fault, 5);
      const graph = client();
      const call = graph.postForm(
        "oauth/access_token",
        undefined,
        { grant_type: "fb_exchange_token" },
        ACCESS_TOKEN,
      );
      await expect(call).rejects.toBeInstanceOf(GraphUnansweredError);
      await graph.close();
      expect(standin().requests).toHaveLength(1);
      standin().requests.length = 0;
      standin().clearFaults();
    }
  });

  it("a POST refused for a rate limit (not processed) is sent again", async () => {
    standin().fail({ kind: "rate-limit", code: 130429 }, 1, /messages$/);
    const graph = client();
    const { body } = await graph.post(`${PHONE_ID}/messages`, tokens.systemUser, template, SENT_MESSAGE);
    await graph.close();
    expect(body.messages[0]!.id).toMatch(/^wamid\./);
    expect(standin().requests).toHaveLength(2);
  });

  it("a GET after a dropped connection is asked again", async () => {
    standin().fail({ kind: "reset" }, 1);
    const graph = client();
    const { body } = await graph.get(
      "debug_token",
      tokens.systemUser,
      { input_token: tokens.systemUser },
      DEBUG_TOKEN,
    );
    await graph.close();
    expect(body.data.is_valid).toBe(true);
    expect(standin().requests).toHaveLength(2);
  });
});

describe("rate limits: wait as long as Meta asks, or stop at once", () => {
  const ask = (graph: GraphClient) =>
    graph.get("debug_token", tokens.systemUser, { input_token: tokens.systemUser }, DEBUG_TOKEN);

  it("a Retry-After longer than the budget: one request, and when to retry", async () => {
    standin().fail({ kind: "rate-limit", retryAfter: 3600 }, 20);
    const graph = client(30_000);
    const before = Date.now();
    const error = await ask(graph).catch((e: unknown) => e);
    await graph.close();
    expect(error).toBeInstanceOf(GraphUnansweredError);
    const unanswered = error as GraphUnansweredError;
    expect(unanswered.rateLimited).toBe(true);
    expect(unanswered.retryable).toBe(false);
    expect(unanswered.retryAt!.getTime()).toBeGreaterThanOrEqual(before + 3600_000);
    expect(unanswered.retryAt!.getTime()).toBeLessThan(Date.now() + 3600_000 + 1000);
    expect(unanswered.message).toMatch(
      /rate-limited \(code 4, OAuthException: .*\); the Graph API asks to wait 60 minutes, longer than the 30 s time budget: try again after \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/,
    );
    expect(standin().requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("estimated_time_to_regain_access (minutes) counts the same way", async () => {
    standin().fail({ kind: "rate-limit", code: 80008, regainMinutes: 15 }, 20);
    const graph = client(30_000);
    const error = (await ask(graph).catch((e: unknown) => e)) as GraphUnansweredError;
    await graph.close();
    expect(error).toBeInstanceOf(GraphUnansweredError);
    expect(error.message).toContain("asks to wait 15 minutes");
    expect(error.retryAt!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(standin().requests).toHaveLength(1);
  });

  it("a short Retry-After is waited out, then the call succeeds", async () => {
    standin().fail({ kind: "rate-limit", retryAfter: 5 }, 1);
    const graph = client(30_000);
    const { body } = await ask(graph);
    await graph.close();
    expect(body.data.is_valid).toBe(true);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(5000);
  });

  it("an HTTP 429 from a proxy with Retry-After is honoured too", async () => {
    standin().fail({ kind: "reply", status: 429, body: "slow down", headers: { "retry-after": "7200" } }, 5);
    const graph = client();
    const error = (await ask(graph).catch((e: unknown) => e)) as GraphUnansweredError;
    await graph.close();
    expect(error).toBeInstanceOf(GraphUnansweredError);
    expect(error.retryAt).toBeInstanceOf(Date);
    expect(error.message).toContain("asks to wait 2 hours");
    expect(standin().requests).toHaveLength(1);
  });
});

describe("TLS that cannot work", () => {
  it("an https URL on a port that speaks plain HTTP fails at once, saying so", async () => {
    const port = new URL(standin().url).port;
    const graph = new GraphClient({
      baseUrl: `https://127.0.0.1:${port}`,
      version: "v27.0",
      timeoutMs: 20_000,
    });
    const error = (await graph
      .get("debug_token", tokens.systemUser, { input_token: tokens.systemUser }, DEBUG_TOKEN)
      .catch((e: unknown) => e)) as GraphUnansweredError;
    await graph.close();
    expect(error).toBeInstanceOf(GraphUnansweredError);
    expect(error.message).toContain("the TLS handshake failed");
    expect(error.retryable).toBe(false);
  });
});

describe("classes callers key on", () => {
  it("unreachable, refused and unreadable are told apart by type", async () => {
    const graph = new GraphClient({ baseUrl: "http://127.0.0.1:9", version: "v27.0", timeoutMs: 300 });
    await expect(
      graph.get("debug_token", tokens.systemUser, { input_token: tokens.systemUser }, DEBUG_TOKEN),
    ).rejects.toBeInstanceOf(GraphUnansweredError);
    await graph.close();

    const ok = client();
    await expect(
      ok.get("debug_token", tokens.unknown, { input_token: tokens.unknown }, DEBUG_TOKEN),
    ).rejects.toBeInstanceOf(GraphRefusedError);
    standin().fail({ kind: "html" });
    await expect(
      ok.get("debug_token", tokens.systemUser, { input_token: tokens.systemUser }, DEBUG_TOKEN),
    ).rejects.toBeInstanceOf(GraphReplyError);
    await ok.close();
  });
});
