/**
 * Is a leaked token still alive? Each distinct token is asked about once, through the same Graph
 * client as the action (its time budget, the caller token in the Authorization header, the app
 * token when the app's credentials are given), a few at a time. Tokens go nowhere but the
 * configured Graph API URL.
 */
import { forEachConcurrently } from "../concurrency.js";
import { GraphClient } from "../graph/client.js";
import { GraphCallError, type GraphErrorBody } from "../graph/errors.js";
import { DEBUG_TOKEN } from "../graph/replies.js";
import type { ConnectionSettings } from "./settings.js";

export type Liveness = "live" | "expired" | "revoked" | "unknown";

export interface LivenessOptions extends ConnectionSettings {
  concurrency?: number;
}

export async function checkLiveness(
  tokens: readonly string[],
  options: LivenessOptions,
): Promise<Map<string, Liveness>> {
  const client = new GraphClient({
    baseUrl: options.graphApiUrl,
    version: options.graphApiVersion,
    timeoutMs: options.timeoutSeconds * 1000,
    ...(options.app && { appSecret: options.app.secret }),
  });
  const results = new Map<string, Liveness>();
  try {
    await forEachConcurrently([...new Set(tokens)], options.concurrency ?? 4, async (token) => {
      results.set(token, await ask(client, token, options));
    });
  } finally {
    await client.close();
  }
  return results;
}

async function ask(client: GraphClient, token: string, options: LivenessOptions): Promise<Liveness> {
  const caller = options.app ? `${options.app.id}|${options.app.secret}` : token;
  try {
    const { body } = await client.get("debug_token", caller, { input_token: token }, DEBUG_TOKEN);
    const data = body.data;
    if (data.is_valid) return "live";
    return deadBecause(data.error, data.expires_at);
  } catch (error) {
    if (!(error instanceof GraphCallError) || !error.graph) return "unknown";
    // A token inspecting itself is rejected as the caller when it is dead.
    if (!options.app && error.graph.code === 190) return deadBecause(error.graph);
    return "unknown";
  }
}

function deadBecause(error: GraphErrorBody | undefined, expiresAt?: number): Liveness {
  const subcode = error?.subcode ?? error?.error_subcode;
  if (subcode === 463 || /expired/i.test(error?.message ?? "")) return "expired";
  if (!error && expiresAt && expiresAt * 1000 < Date.now()) return "expired";
  return "revoked";
}
