/**
 * Asks the Graph API what the checks need: debug_token for the token, the phone number, and
 * optionally sends the test message. The answers (or the errors) become Facts, and Meta's usage
 * headers on every reply become the rate-limit facts; judging them is verdict.ts's job.
 */
import type { GraphReply } from "../graph/client.js";
import { GraphCallError } from "../graph/errors.js";
import { DEBUG_TOKEN, PHONE_NUMBER, SENT_MESSAGE } from "../graph/replies.js";
import type { Facts, SentMessage } from "./facts.js";
import type { VerifySettings } from "./settings.js";
import { readUsage } from "./usage.js";
import { evaluate, type Verdict } from "./verdict.js";

const PHONE_FIELDS =
  "display_phone_number,verified_name,quality_rating,code_verification_status,status,name_status,platform_type";

export async function verifyToken(settings: VerifySettings, now: Date = new Date()): Promise<Verdict> {
  return evaluate(settings, await gatherFacts(settings, now));
}

export async function gatherFacts(settings: VerifySettings, now: Date): Promise<Facts> {
  // Loaded on first use: the HTTP client is most of the bundle, and a run that stops at its
  // inputs never needs it.
  const { GraphClient } = await import("../graph/client.js");
  const client = new GraphClient({
    baseUrl: settings.graphApiUrl,
    version: settings.graphApiVersion,
    timeoutMs: settings.timeoutSeconds * 1000,
    ...(settings.app && { appSecret: settings.app.secret }),
  });
  const facts: Facts = { now };
  // Every reply's usage headers feed the rate-limit check: no extra call.
  const note = <T>(reply: GraphReply<T>): T => {
    const usage = readUsage(reply.headers, facts.usage);
    if (usage) facts.usage = usage;
    return reply.body;
  };
  try {
    // With the app's credentials, the token is inspected with the app token (always allowed);
    // without, with itself (allowed for system users and the app's own developers).
    const caller = settings.app ? `${settings.app.id}|${settings.app.secret}` : settings.token;
    await capture(facts, "tokenError", async () => {
      const body = note(
        await client.get("debug_token", caller, { input_token: settings.token }, DEBUG_TOKEN),
      );
      facts.token = body.data;
    });
    if (!facts.token?.is_valid) return facts;

    if (settings.phoneNumberId) {
      await capture(facts, "phoneError", async () => {
        facts.phone = note(
          await client.get(settings.phoneNumberId!, settings.token, { fields: PHONE_FIELDS }, PHONE_NUMBER),
        );
      });
    }
    // The test message goes out only when nothing has failed so far: it would fail anyway, and
    // the failure above is the one to fix.
    const sofar = evaluate(settings, facts).status;
    if (settings.test && settings.phoneNumberId && (sofar === "ok" || sofar === "warning")) {
      const test = settings.test;
      await capture(facts, "messageError", async () => {
        const body = note(
          await client.post(
            `${settings.phoneNumberId}/messages`,
            settings.token,
            {
              messaging_product: "whatsapp",
              recipient_type: "individual",
              // A business-scoped user id goes in `recipient`, a phone number in `to` (graph-api.md 12.3).
              ...(test.recipientKind === "user-id" ? { recipient: test.recipient } : { to: test.recipient }),
              ...(test.text
                ? { type: "text", text: { preview_url: false, body: test.text } }
                : { type: "template", template: { name: test.template, language: { code: test.language } } }),
            },
            SENT_MESSAGE,
          ),
        );
        const sent = body.messages[0]!;
        facts.message = {
          id: sent.id,
          ...(sent.message_status && { status: sent.message_status }),
        } satisfies SentMessage;
      });
    }
    return facts;
  } finally {
    await client.close();
  }
}

/** Runs a call; a Graph failure becomes a fact, anything else is a bug and propagates. */
async function capture(
  facts: Facts,
  key: "tokenError" | "phoneError" | "messageError",
  call: () => Promise<void>,
) {
  try {
    await call();
  } catch (error) {
    if (!(error instanceof GraphCallError)) throw error;
    facts[key] = error;
  }
}
