/**
 * Graph error code 1 ("API Unknown") is not an outage to wait out: graph-api.md 2.3 says "a few
 * retries, then permanent", and a wrong client_secret may come back as code 1. So a refresh
 * refused with code 1 says to check the app secret, and a GET is asked a few times, then refused.
 */
import { afterEach, describe, expect, it } from "vitest";
import { GraphClient } from "../../src/graph/client.js";
import { GraphRefusedError, isTransientCode } from "../../src/graph/errors.js";
import { DEBUG_TOKEN } from "../../src/graph/replies.js";
import { refreshToken } from "../../src/graph/tokens.js";
import { APP_ID, fixtures, useGraphStandin } from "../helpers/graph-fixtures.js";

const { tokens, config } = fixtures();
const standin = useGraphStandin(config);
const client = () =>
  new GraphClient({ baseUrl: standin().url, version: "v27.0", timeoutMs: 20_000, sleep: async () => {} });

afterEach(() => {
  standin().clearFaults();
  standin().requests.length = 0;
  standin().clientSecretErrorCode = 101;
});

const unknown = JSON.stringify({
  error: { message: "An unknown error has occurred.", type: "OAuthException", code: 1 },
});

describe("Graph error code 1", () => {
  it("is not a transient code", () => {
    expect(isTransientCode(1)).toBe(false);
    expect(isTransientCode(2)).toBe(true);
  });

  it("a refresh refused with code 1 for a wrong client_secret is a refusal that names the app secret", async () => {
    standin().clientSecretErrorCode = 1;
    const graph = client();
    const call = refreshToken(graph, { id: APP_ID, secret: tokens.secrets.other }, tokens.sixtyDayWarning);
    await expect(call).rejects.toBeInstanceOf(GraphRefusedError);
    const error = (await call.catch((e: unknown) => e)) as GraphRefusedError;
    await graph.close();
    expect(error.explanation.fix).toContain("app-secret");
    expect(standin().requests).toHaveLength(1);
  });

  it("a GET is asked again a few times, then the answer is a refusal (not 'unanswered')", async () => {
    standin().fail({ kind: "reply", status: 400, body: unknown }, 10, /debug_token/);
    const graph = client();
    const call = graph.get("debug_token", tokens.systemUser, { input_token: tokens.systemUser }, DEBUG_TOKEN);
    await expect(call).rejects.toBeInstanceOf(GraphRefusedError);
    await graph.close();
    expect(standin().requests).toHaveLength(3);
  });

  it("a GET that gets code 1 once and then an answer succeeds", async () => {
    standin().fail({ kind: "reply", status: 400, body: unknown }, 1, /debug_token/);
    const graph = client();
    const { body } = await graph.get(
      "debug_token",
      tokens.systemUser,
      { input_token: tokens.systemUser },
      DEBUG_TOKEN,
    );
    await graph.close();
    expect(body.data.is_valid).toBe(true);
  });
});
