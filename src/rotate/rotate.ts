/**
 * Token rotation, the guides' own steps in order: get a new token, test it, update where the
 * application reads it, then (opt-in) revoke the old one. Each step either succeeds or ends the
 * rotation with one line that names the step and what to do; the old token is never touched
 * before the new one is stored, and never revoked when it is the one stored, so a failure
 * anywhere leaves the bot working. Everything that can be told in advance (the destination, its
 * key, a concurrent run, a check a new token would fail too) is told before Meta is asked, so no
 * token is minted only to be thrown away. Every message is scrubbed of every secret involved.
 */
import { Scrubber } from "../detect/scrub.js";
import { GraphClient } from "../graph/client.js";
import { GraphCallError, GraphDeclinedError, GraphRefusedError } from "../graph/errors.js";
import { generateToken, type IssuedToken, refreshToken, revokeToken } from "../graph/tokens.js";
import type { Facts } from "../verify/facts.js";
import type { VerifySettings } from "../verify/settings.js";
import { evaluate, type Verdict } from "../verify/verdict.js";
import { gatherFacts } from "../verify/verify.js";
import { inheritedFailure, newTokenProblem, planRotation, successorProblem } from "./plan.js";
import type { RotationPolicy } from "./settings.js";
import { DestinationChangedError, SinkError, type TokenSink } from "./sink.js";

export type RotationStep = "prepare" | "refresh" | "generate" | "verify" | "store" | "revoke";

export type RotationResult =
  | {
      outcome: "rotated";
      /** When the new token expires (undefined: never). */
      expiresAt?: Date;
      /** The new token's verdict, its facts read again after it was stored. */
      verdict: Verdict;
      revoked: boolean;
      /** Set when a step after the store failed (the new token is stored and works). */
      failure?: string;
      step?: RotationStep;
      /** That step failed for want of an answer from the Graph API (not a refusal). */
      unanswered?: boolean;
    }
  | { outcome: "skipped"; note: string }
  | { outcome: "dry-run"; note: string }
  | {
      outcome: "failed";
      step: RotationStep;
      failure: string;
      /** The step failed for want of an answer from the Graph API (not a refusal). */
      unanswered?: boolean;
    };

export interface RotationRequest {
  /** The token check's settings: the current token, the app, and the checks the new one must pass. */
  settings: VerifySettings;
  /** What the Graph API said about the current token (the verify step's facts). */
  facts: Facts;
  policy: RotationPolicy;
  sink: TokenSink;
  /** Hides a secret from every later output (the runner's ::add-mask:: in the action): called first thing. */
  mask: (secret: string) => void;
  /** Told the moment the new token is stored, so that whatever fails later can say so. */
  onStored?: (description: string) => void;
  /** Other secrets the messages must never hold (the GitHub token). */
  secrets?: readonly string[];
  dryRun?: boolean;
  /**
   * When the token in hand was read (the job's start in Actions, when the runner handed out the
   * secrets): a destination written since then was rotated by someone else. May throw SinkError.
   */
  readAt: () => Promise<Date>;
}

export async function rotateToken(request: RotationRequest): Promise<RotationResult> {
  const { settings, facts, policy, sink } = request;
  const app = settings.app;
  const oldToken = settings.token;
  const scrubber = new Scrubber([
    oldToken,
    app?.secret,
    app && `${app.id}|${app.secret}`,
    policy.generate?.adminToken,
    ...(request.secrets ?? []),
  ]);
  const clean = (text: string) => scrubber.clean(text);
  const skip = (note: string): RotationResult => ({ outcome: "skipped", note: clean(note) });
  const fail = (step: RotationStep, text: string, unanswered = false): RotationResult => ({
    outcome: "failed",
    step,
    failure: clean(`rotation failed at step "${step}": ${text}`),
    ...(unanswered && { unanswered }),
  });

  const plan = planRotation(facts, policy, settings, facts.now);
  if (plan.kind === "skip") return skip(plan.note);
  const before = evaluate(settings, facts);
  const inherited = inheritedFailure(before);
  if (inherited) return skip(inherited.note);
  const data = facts.token!;
  const keeps = oldTokenStill(data.expires_at);
  if (!app) return fail("prepare", "refreshing and revoking need app-id and app-secret.");
  if (plan.kind === "generate" && data.user_id && data.user_id !== plan.systemUserId) {
    return fail(
      "generate",
      `system-user-id ${plan.systemUserId} is not the token's own system user (${data.user_id}): correct system-user-id. ${keeps}`,
    );
  }

  let prepared: { updatedAt?: Date };
  let readAt: Date;
  try {
    prepared = await sink.prepare();
    readAt = await request.readAt();
  } catch (error) {
    if (!(error instanceof SinkError)) throw error;
    return fail("prepare", `${error.message} Nothing was refreshed; ${keeps}`);
  }
  if (prepared.updatedAt && prepared.updatedAt.getTime() > readAt.getTime()) {
    return skip(
      `not rotated: the ${sink.description} was written at ${iso(prepared.updatedAt)}, after this token was read (${iso(readAt)}): another run rotated it; the next run checks the new token`,
    );
  }
  const how =
    plan.kind === "refresh" ? "refresh it (oauth/access_token)" : "generate a new one for the system user";
  if (request.dryRun) {
    return {
      outcome: "dry-run",
      note: clean(
        `dry run: would ${how}, check the new token, store it in the ${sink.description}${policy.revokeOld ? ", then revoke the old one" : ""}; nothing was sent or written`,
      ),
    };
  }

  const client = graphClient(settings);
  const step: RotationStep = plan.kind === "refresh" ? "refresh" : "generate";
  let issued: IssuedToken;
  try {
    issued =
      plan.kind === "refresh"
        ? await refreshToken(client, app, oldToken)
        : await generateToken(client, {
            systemUserId: plan.systemUserId,
            adminToken: plan.adminToken,
            appId: app.id,
            scopes: data.scopes ?? [],
            expiring: false,
          });
  } catch (error) {
    if (!(error instanceof GraphCallError)) throw error;
    // Code 190: Meta no longer accepts the old token, so it does not "still work".
    const dead = step === "refresh" && error instanceof GraphRefusedError && error.graph?.code === 190;
    return fail(
      step,
      dead ? graphFailure(error, step) : `${graphFailure(error, step)} ${keeps}`,
      !(error instanceof GraphRefusedError),
    );
  } finally {
    await client.close();
  }
  // Before anything else can print it.
  const fresh = issued.token;
  request.mask(fresh);
  scrubber.add(fresh);
  if (fresh === oldToken) {
    // Nothing new to store, and revoking "the old one" would kill the only token there is.
    return skip(
      `not rotated: Meta answered the ${step} with the same token, so there is nothing new to store; ${keeps}`,
    );
  }
  const freshSettings: VerifySettings = { ...settings, token: fresh, tokenWasPadded: false };

  const checked = await gatherFacts(freshSettings, new Date());
  const freshVerdict = evaluate(freshSettings, checked);
  const problem = newTokenProblem(before, freshVerdict) ?? successorProblem(data, checked.token);
  if (problem) {
    return fail(
      "verify",
      `the new token failed a check, so it was not stored: ${problem}. ${keeps} (The new token is unused; it needs no action.)`,
      freshVerdict.unanswered && freshVerdict.token.valid === undefined,
    );
  }

  try {
    await sink.store(fresh);
  } catch (error) {
    if (!(error instanceof SinkError)) throw error;
    if (error instanceof DestinationChangedError) {
      // The other run may have revoked the old token (revoke-old): never say it still works.
      return skip(
        `not rotated: ${error.message}. This run's new token is unused and expires by itself; the old token may already be revoked by the other run, so rely on the stored one; the next run checks it`,
      );
    }
    if (error.uncertain) {
      return fail(
        "store",
        `${error.message} It is unknown whether the ${sink.description} now holds the new token: both tokens work, so nothing is broken (${keeps.replace(/\.$/, "")}); check the secret's last update in GitHub, and run again.`,
      );
    }
    return fail(
      "store",
      `${error.message} The new token works but was not stored (it needs no action); ${keeps} Fix the access and run again.`,
    );
  }
  // From here the new token is stored: whatever goes wrong, the result says so.
  try {
    request.onStored?.(sink.description);
    return await afterStore(request, freshSettings, checked, oldToken, fresh, clean);
  } catch (error) {
    const rotated = {
      outcome: "rotated" as const,
      verdict: evaluate(freshSettings, checked),
      revoked: false,
    };
    return {
      ...rotated,
      ...expiry(checked),
      step: "revoke",
      failure: clean(
        `the new token is stored in the ${sink.description}, but then wa-token-guard stopped on an internal error (please report it): ${(error as Error).message}. The old token was not revoked.`,
      ),
    };
  }
}

/** Reads the stored token's facts again, then revokes the old token when asked to. */
async function afterStore(
  request: RotationRequest,
  freshSettings: VerifySettings,
  checked: Facts,
  oldToken: string,
  fresh: string,
  clean: (text: string) => string,
): Promise<RotationResult> {
  const { settings, policy } = request;
  const app = settings.app!;
  // The outputs and the issue describe what is now stored; the test message is not sent twice.
  const after = await gatherFacts({ ...freshSettings, test: undefined }, new Date());
  const facts: Facts = { ...checked, ...(after.token && { token: after.token }) };
  const verdict = evaluate(freshSettings, facts);
  const rotated = { outcome: "rotated" as const, verdict, ...expiry(facts) };
  // The stored token is never the one revoked.
  if (!policy.revokeOld || oldToken === fresh) return { ...rotated, revoked: false };

  const revoker = graphClient(settings);
  try {
    await revokeToken(revoker, app, oldToken);
    return { ...rotated, revoked: true };
  } catch (error) {
    if (!(error instanceof GraphCallError)) throw error;
    const answered = error instanceof GraphRefusedError || error instanceof GraphDeclinedError || error.graph;
    const what = answered
      ? `${error.explanation.meaning} (${error.message})`
      : error.requestSent === false
        ? `${error.message}, so nothing was sent: it is not revoked`
        : `${error.message}: it may or may not be revoked`;
    return {
      ...rotated,
      revoked: false,
      step: "revoke",
      ...(!(error instanceof GraphRefusedError || error instanceof GraphDeclinedError) && {
        unanswered: true,
      }),
      failure: clean(
        `rotation failed at step "revoke": the new token is stored and works, but the old one was not revoked: ${what}. Revoke it by hand: wa-token-guard revoke (the old token on standard input).`,
      ),
    };
  } finally {
    await revoker.close();
  }
}

function graphClient(settings: VerifySettings): GraphClient {
  return new GraphClient({
    baseUrl: settings.graphApiUrl,
    version: settings.graphApiVersion,
    timeoutMs: settings.timeoutSeconds * 1000,
    ...(settings.app && { appSecret: settings.app.secret }),
  });
}

function expiry(facts: Facts): { expiresAt?: Date } {
  const at = facts.token?.expires_at;
  return at ? { expiresAt: new Date(at * 1000) } : {};
}

/** Why Meta did not hand out a token, and what that means for the tokens that exist. */
function graphFailure(error: GraphCallError, step: "refresh" | "generate"): string {
  if (!(error instanceof GraphRefusedError)) {
    if (error.graph) {
      // A rate limit or a temporary error: Meta said it did not do it.
      return `Meta did not ${step} it: ${error.explanation.meaning} (${error.message}). ${error.explanation.fix}`;
    }
    // No answer, or one we cannot read: the POST may have reached Meta. Never sent again blindly.
    return `${error.message}. The ${step} may have gone through at Meta, so a new valid token may exist that nobody has (it is harmless and expires by itself); it was not sent again.`;
  }
  const { meaning, fix } = error.explanation;
  const hint =
    step === "refresh" && error.graph?.code === 190
      ? " Meta no longer accepts the old token (it was invalidated, revoked or has expired), so it cannot be refreshed and no longer works: replace it by hand, generate a new one (Business Settings → System users) and store it."
      : ` ${fix}`;
  return `Meta refused: ${meaning} (${error.message}).${hint}`;
}

function oldTokenStill(expiresAt: number | undefined): string {
  return expiresAt
    ? `the old token is untouched and works until ${iso(new Date(expiresAt * 1000))}.`
    : "the old token is untouched and still works.";
}

const iso = (date: Date) => date.toISOString().replace(/\.\d+Z$/, "Z");
