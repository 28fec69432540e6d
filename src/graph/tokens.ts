/**
 * Meta's token endpoints (shared/graph-api.md 7 and 12.1): refresh an expiring system-user token,
 * generate one for a system user, revoke one. Every secret travels in a form-encoded POST body.
 * These calls change state at Meta, so the client never resends one whose answer was lost.
 */
import type { GraphClient } from "./client.js";
import { GraphDeclinedError, GraphReplyError } from "./errors.js";
import { ACCESS_TOKEN, REVOKE } from "./replies.js";

export interface AppCredentials {
  id: string;
  secret: string;
}

export interface IssuedToken {
  token: string;
  /** Seconds from now, when Meta says (it does not always). */
  expiresIn?: number;
}

/**
 * `oauth/access_token` with `grant_type=fb_exchange_token`: a new token, valid 60 days from now;
 * the old one keeps working until its own expiry. An expired token cannot be refreshed.
 */
export async function refreshToken(
  client: GraphClient,
  app: AppCredentials,
  current: string,
): Promise<IssuedToken> {
  const { body } = await client.postForm(
    "oauth/access_token",
    undefined,
    {
      grant_type: "fb_exchange_token",
      client_id: app.id,
      client_secret: app.secret,
      set_token_expires_in_60_days: "true",
      fb_exchange_token: current,
    },
    ACCESS_TOKEN,
  );
  return issued(body, "oauth/access_token");
}

/**
 * `POST /{system-user-id}/access_tokens`: a fresh token for the system user, called with an
 * admin's token (the client signs it with appsecret_proof over that token).
 */
export async function generateToken(
  client: GraphClient,
  request: {
    systemUserId: string;
    adminToken: string;
    appId: string;
    scopes: readonly string[];
    expiring: boolean;
  },
): Promise<IssuedToken> {
  const { body } = await client.postForm(
    `${request.systemUserId}/access_tokens`,
    request.adminToken,
    {
      business_app: request.appId,
      scope: request.scopes.join(","),
      ...(request.expiring && { set_token_expires_in_60_days: "true" }),
    },
    ACCESS_TOKEN,
  );
  return issued(body, `${request.systemUserId}/access_tokens`);
}

/** `oauth/revoke`: the token stops working at once. Called as the app (its app token). */
export async function revokeToken(client: GraphClient, app: AppCredentials, token: string): Promise<void> {
  const { body } = await client.postForm(
    "oauth/revoke",
    `${app.id}|${app.secret}`,
    { client_id: app.id, client_secret: app.secret, revoke_token: token },
    REVOKE,
  );
  if (body.success === false || body.success === "false") {
    // A readable "no": Meta did not revoke it (a token of another app, one already dead).
    throw new GraphDeclinedError('POST /oauth/revoke: Meta answered "success": false', {
      meaning: "Meta did not revoke the token",
      fix: "Check that the token belongs to this app (--app-id) and is still alive (wa-token-guard verify); a token that no longer works needs no revoking.",
    });
  }
  if (body.success !== true && body.success !== "true") {
    throw new GraphReplyError("POST /oauth/revoke: the Graph API did not answer success");
  }
}

function issued(body: { access_token: string; expires_in?: number }, what: string): IssuedToken {
  // A token is one run of printable characters: anything else cannot be stored or sent safely.
  if (!/^[\x21-\x7e]{20,4096}$/.test(body.access_token)) {
    throw new GraphReplyError(`POST /${what}: the new access_token is not a token`);
  }
  return { token: body.access_token, ...(body.expires_in && { expiresIn: body.expires_in }) };
}
