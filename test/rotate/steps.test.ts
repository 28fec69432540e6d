/**
 * The rotation's steps with a destination that records what it is asked, against the Graph API
 * stand-in: what is written, what is never revoked, and that a failure after the write says the
 * write happened.
 */
import { afterEach, describe, expect, it } from "vitest";
import { rotateToken } from "../../src/rotate/rotate.js";
import { SinkError, type TokenSink } from "../../src/rotate/sink.js";
import { parseSettings } from "../../src/verify/settings.js";
import { gatherFacts } from "../../src/verify/verify.js";
import { APP_ID, fixtures, useGraphStandin } from "../helpers/graph-fixtures.js";

const { tokens, config, allSecrets } = fixtures();
const standin = useGraphStandin(config);
afterEach(() => {
  standin().clearFaults();
  standin().refreshReturnsSame = false;
});

function recordingSink(options: { failStore?: SinkError } = {}) {
  const stored: string[] = [];
  const sink: TokenSink = {
    description: "test destination",
    prepare: async () => ({}),
    store: async (token) => {
      if (options.failStore) throw options.failStore;
      stored.push(token);
    },
  };
  return { sink, stored };
}

async function request(token: string, extra: { revokeOld?: boolean } = {}) {
  const settings = parseSettings({
    token,
    "app-id": APP_ID,
    "app-secret": tokens.secrets.app,
    "graph-api-url": standin().url,
  });
  return {
    settings,
    facts: await gatherFacts(settings, new Date()),
    policy: { rotateDays: 14, revokeOld: extra.revokeOld ?? false },
    mask: () => {},
    readAt: async () => new Date(),
  };
}

const leaks = (text: string) => allSecrets.some((secret) => text.includes(secret));

describe("rotateToken", () => {
  it("R5: a failure after the new token was stored says it was stored, and revokes nothing", async () => {
    const { sink, stored } = recordingSink();
    const result = await rotateToken({
      ...(await request(tokens.sixtyDayWarning, { revokeOld: true })),
      sink,
      onStored: () => {
        throw new Error("a bug after the write");
      },
    });
    expect(stored).toHaveLength(1);
    expect(result.outcome).toBe("rotated");
    if (result.outcome !== "rotated") return;
    expect(result.failure).toContain("the new token is stored in the test destination");
    expect(result.failure).toContain("a bug after the write");
    expect(result.revoked).toBe(false);
    expect(standin().revoked).toEqual([]);
  });

  it("R1: the same token back is nothing to store and is never revoked", async () => {
    standin().refreshReturnsSame = true;
    const { sink, stored } = recordingSink();
    const result = await rotateToken({
      ...(await request(tokens.sixtyDayWarning, { revokeOld: true })),
      sink,
    });
    expect(result.outcome).toBe("skipped");
    expect(stored).toEqual([]);
    expect(standin().revoked).toEqual([]);
  });

  it("R6: a write without an answer is reported as unknown, never as 'not stored'", async () => {
    const { sink } = recordingSink({ failStore: new SinkError("the write got no answer.", true) });
    const result = await rotateToken({
      ...(await request(tokens.sixtyDayWarning, { revokeOld: true })),
      sink,
    });
    expect(result.outcome).toBe("failed");
    if (result.outcome !== "failed") return;
    expect(result.failure).toContain("It is unknown whether the test destination now holds the new token");
    expect(result.failure).not.toContain("not stored");
    expect(leaks(result.failure)).toBe(false);
  });

  it("R2: a sink message holding a secret is scrubbed", async () => {
    const { sink } = recordingSink({ failStore: new SinkError(`refused for ${tokens.secrets.app}.`) });
    const result = await rotateToken({ ...(await request(tokens.sixtyDayWarning)), sink });
    expect(result.outcome).toBe("failed");
    if (result.outcome !== "failed") return;
    expect(leaks(result.failure)).toBe(false);
    expect(standin().issued.some((token) => result.failure.includes(token))).toBe(false);
  });
});
