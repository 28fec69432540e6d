/**
 * What the Graph API's errors mean, and what to do about them. Meta's HTTP statuses are not
 * reliable (code 190 comes as 400 or 401, rate limits as 400), so everything keys on
 * `error.code` and `error_subcode`, as Meta recommends.
 */

/** The `error` object of a Graph API reply (or of `debug_token`'s `data.error`). */
export interface GraphErrorBody {
  message?: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  /** debug_token's data.error uses `subcode`, data calls use `error_subcode`. */
  subcode?: number;
  error_user_msg?: string;
  error_data?: { details?: string };
  fbtrace_id?: string;
}

export interface Explanation {
  /** One line: what happened, in the user's terms. */
  meaning: string;
  /** One line: what to do. */
  fix: string;
}

/** Each fix is one short sentence; the long steps are recipes (verify/recipes.ts), shown once. */
const NEW_TOKEN = "Create a new system-user token and update the secret.";

/** Codes worth retrying (with backoff, inside the time budget). Everything else fails fast. */
const TRANSIENT = new Set([
  2, 4, 17, 32, 341, 613, 80007, 80008, 130429, 131000, 131016, 131056, 131057, 133004,
]);

/**
 * Code 1, "API Unknown": temporary downtime, or a bad request (graph-api.md 2.3: "a few retries,
 * then permanent"). A wrong client_secret may come back as code 1, so it is never taken for an
 * outage: a GET is asked again a few times, then the answer is a refusal.
 */
export const UNKNOWN_ERROR_CODE = 1;
export const UNKNOWN_ERROR_ATTEMPTS = 3;
const RATE_LIMIT = new Set([4, 17, 32, 613, 80007, 80008, 130429, 131056]);

export function isTransientCode(code: number | undefined): boolean {
  return code !== undefined && (TRANSIENT.has(code) || (code >= 80000 && code < 80100));
}

export function isRateLimitCode(code: number | undefined): boolean {
  return code !== undefined && (RATE_LIMIT.has(code) || (code >= 80000 && code < 80100));
}

const AUTH_SUBCODES: Record<number, Explanation> = {
  458: { meaning: "the app was removed or never authorized by the token's user", fix: NEW_TOKEN },
  459: { meaning: "the token's user is checkpointed and must log in to facebook.com", fix: NEW_TOKEN },
  460: { meaning: "the token was invalidated because its user changed their password", fix: NEW_TOKEN },
  463: { meaning: "the token has expired", fix: NEW_TOKEN },
  464: { meaning: "the token's user is not a confirmed user", fix: NEW_TOKEN },
  466: { meaning: "the token was revoked (invalidated through the API)", fix: NEW_TOKEN },
  467: { meaning: "the token is invalid: its user logged out or it was revoked", fix: NEW_TOKEN },
  492: { meaning: "the token's user lost their role on the Page", fix: NEW_TOKEN },
  493: { meaning: "the token's user has not used the app for more than 90 days", fix: NEW_TOKEN },
};

/**
 * What the error means and what to do, with Meta's own code, subcode, type and (capped) message
 * always shown after the meaning: a code this table does not know still tells the user what
 * Meta said.
 */
export function explain(error: GraphErrorBody): Explanation {
  const { meaning, fix } = explainCode(error);
  return { meaning: `${meaning} (Meta: ${describeGraphError(error)})`, fix };
}

function explainCode(error: GraphErrorBody): Explanation {
  const code = error.code;
  const subcode = error.error_subcode ?? error.subcode;
  const message = error.message ?? "";
  if (isAuthError(error)) {
    if (subcode !== undefined && AUTH_SUBCODES[subcode]) return AUTH_SUBCODES[subcode];
    if (/cannot parse|could not be decrypted|malformed/i.test(message)) {
      return {
        meaning: "this is not a valid access token (it cannot be parsed: truncated, or copied wrongly)",
        fix: "Copy the whole token again, without quotes or spaces.",
      };
    }
    if (/signature/i.test(message)) {
      return {
        meaning:
          "the token (or the app id | app secret pair) does not match: wrong app secret or a tampered token",
        fix: "Check app-id and app-secret, and that the token belongs to that app.",
      };
    }
    if (/expired/i.test(message)) return AUTH_SUBCODES[463]!;
    return { meaning: "the token is invalid, expired or revoked", fix: NEW_TOKEN };
  }
  if (/client[ _]secret/i.test(message)) {
    return {
      meaning: "Meta refused the app secret (client_secret): it is wrong, or belongs to another app",
      fix: "Check app-id and app-secret against App Dashboard → App settings → Basic.",
    };
  }
  if (code === 100 && /appsecret_proof/i.test(message)) {
    return /require/i.test(message)
      ? {
          meaning: 'the app has "Require App Secret" on, so every call needs appsecret_proof',
          fix: "Set app-id and app-secret so that wa-token-guard signs its calls.",
        }
      : {
          meaning:
            "appsecret_proof does not match: the app secret is wrong, or the token belongs to another app",
          fix: "Check app-secret, and that the token belongs to that app.",
        };
  }
  if (code === 100 && subcode === 33) {
    return {
      meaning:
        "the object does not exist, or this token may not see it (wrong id, or the asset is not assigned)",
      fix: "Check the id, and that the WhatsApp account is assigned to the system user.",
    };
  }
  if (code === 100 && /must provide an app access token|owner or developer/i.test(message)) {
    return {
      meaning: "debug_token needs an app token, or a token of a user with a role on the app",
      fix: "Set app-id and app-secret so that the token is inspected with the app's own token.",
    };
  }
  if (code === 10 || (code !== undefined && code >= 200 && code <= 299) || code === 131005) {
    return {
      meaning:
        "permission denied: the token lacks a permission, or the system user was not given the WhatsApp account",
      fix: "Assign the app and the WhatsApp account to the system user, then generate a new token.",
    };
  }
  if (code === 104) return { meaning: "no access token was sent", fix: "Pass the token (the token input)." };
  if (code === 368 || code === 131031) {
    return {
      meaning: "the WhatsApp Business Account is restricted or locked for a policy violation",
      fix: "Have someone at the business check Account quality in WhatsApp Manager; a new token will not help.",
    };
  }
  if (code === 131030) {
    return {
      meaning: "the test recipient is not in the test number's allowed list",
      fix: "Add the recipient to the test number's allowed list in API Setup, or use a production number.",
    };
  }
  if (code === 131047) {
    return {
      meaning:
        "the 24-hour customer service window with this recipient is closed, so free text cannot be sent",
      fix: "Send a template instead: leave test-message empty.",
    };
  }
  if (code === 132001) {
    return {
      meaning: "the template does not exist in that language, or is not approved",
      fix: "Check test-template and test-template-language against WhatsApp Manager's message templates.",
    };
  }
  if (code === 133010) {
    return {
      meaning: "the phone number is not registered with the Cloud API",
      fix: "Register the number with the Cloud API first.",
    };
  }
  if (code === 131021) {
    return { meaning: "the test recipient is the sending number itself", fix: "Use another recipient." };
  }
  if (code === 131026) {
    return {
      meaning: "the message cannot be delivered to this recipient",
      fix: "Check that the recipient uses WhatsApp.",
    };
  }
  if (code === 2500) {
    return { meaning: "this call needs a user or system-user token, not an app token", fix: NEW_TOKEN };
  }
  if (code === UNKNOWN_ERROR_CODE) {
    // Meta's own downtime, or a request it could not place: which one, it does not say.
    return {
      meaning: "Meta answered with an unknown error (code 1)",
      fix: "Run the check again later; if it persists, look the call up in Meta's Graph API error reference.",
    };
  }
  if (isRateLimitCode(code)) {
    return {
      meaning: "Meta rate-limited the calls (the budget ran out while waiting)",
      fix: "Run the check less often, or raise timeout-seconds.",
    };
  }
  if (isTransientCode(code)) {
    return {
      meaning: "the Graph API had a temporary problem (it persisted for the whole time budget)",
      fix: "Run the check again later, or raise timeout-seconds.",
    };
  }
  return {
    meaning: "the Graph API refused the call",
    fix: "Look the code up in Meta's Graph API error reference.",
  };
}

/**
 * `code 190/463, OAuthException: Error validating …`: code, subcode, type and Meta's own words
 * (the client capped them and removed control characters; the output edge scrubs them).
 */
export function describeGraphError(error: GraphErrorBody): string {
  const subcode = error.error_subcode ?? error.subcode;
  const code = error.code === undefined ? "?" : `${error.code}${subcode ? `/${subcode}` : ""}`;
  const type = error.type ? `, ${error.type}` : "";
  const details = error.error_data?.details ? ` (${error.error_data.details})` : "";
  return `code ${code}${type}: ${error.message ?? "no message"}${details}`;
}

/** An error that says the token itself is dead (expired, revoked, invalid), on any call. */
export function isAuthError(error: GraphErrorBody | undefined): boolean {
  return error?.code === 190 || error?.code === 102 || error?.code === 0;
}

/**
 * A call to the Graph API that did not succeed, after any retries. Callers tell the kinds apart
 * by class, never by message text:
 * - GraphRefusedError: Meta answered, and the answer is no (a permanent Graph error: the token,
 *   a permission, an id). The question was answered.
 * - GraphUnansweredError: no answer to judge by: unreachable, timed out, a 5xx page, rate-limited
 *   or a transient Graph error that outlasted the time budget. `retryAt` says when to ask again,
 *   when Meta said so.
 * - GraphReplyError (a GraphUnansweredError): something answered, but not a Graph reply we can
 *   read: not JSON, too large, or JSON whose fields have the wrong types.
 */
export abstract class GraphCallError extends Error {
  constructor(
    message: string,
    /** The Graph error, when Meta sent one. */
    readonly graph: GraphErrorBody | undefined,
    /** Network error, timeout, or a reply that was not Graph JSON: the API could not be asked. */
    readonly unreachable: boolean,
    /** Whether asking again may help (a transient Graph code, a network error, a 5xx page). */
    readonly retryable: boolean,
    /** false: the request never left (connection refused, host not found); undefined: it may have. */
    readonly requestSent?: boolean,
  ) {
    super(message);
  }

  get explanation(): Explanation {
    if (this.graph) return explain(this.graph);
    return {
      meaning: this.message,
      fix: "Check graph-api-url and the network (a proxy or firewall), then run again.",
    };
  }
}

/** Meta answered with a permanent Graph error: the answer is "no", and asking again will not change it. */
export class GraphRefusedError extends GraphCallError {
  override name = "GraphRefusedError";
  constructor(message: string, graph: GraphErrorBody) {
    super(message, graph, false, false);
  }
}

/**
 * Meta answered, readably, that it did not do what was asked, without a Graph error (oauth/revoke
 * answering `{"success": false}`): a definite no, like a refusal, not a missing answer.
 */
export class GraphDeclinedError extends GraphCallError {
  override name = "GraphDeclinedError";
  constructor(
    message: string,
    private readonly reason: Explanation,
  ) {
    super(message, undefined, false, false);
  }

  override get explanation(): Explanation {
    return this.reason;
  }
}

/** The question got no answer to judge the token by. Not a broken token: ask again later. */
export class GraphUnansweredError extends GraphCallError {
  override name = "GraphUnansweredError";
  constructor(
    message: string,
    options: {
      graph?: GraphErrorBody;
      unreachable: boolean;
      retryable: boolean;
      /** When Meta said the limit lifts (Retry-After, estimated_time_to_regain_access). */
      retryAt?: Date;
      /** false when the request never left this machine. */
      requestSent?: boolean;
    },
  ) {
    super(message, options.graph, options.unreachable, options.retryable, options.requestSent);
    this.retryAt = options.retryAt;
  }
  readonly retryAt: Date | undefined;

  /** Meta rate-limited the calls (a rate-limit code): the budget, not the token, is the problem. */
  get rateLimited(): boolean {
    return isRateLimitCode(this.graph?.code);
  }

  override get explanation(): Explanation {
    const base = super.explanation;
    if (!this.retryAt) return base;
    const when = this.retryAt.toISOString().replace(/\.\d+Z$/, "Z");
    return {
      meaning: this.rateLimited
        ? "Meta rate-limited the calls, and asks to wait longer than the time budget"
        : "the Graph API asked to wait longer than the time budget",
      fix: `Try again after ${when}; calls made before then extend the block.`,
    };
  }
}

/**
 * Something answered, but not a Graph reply this client can use: HTML, garbage, larger than the
 * cap, or JSON of the wrong shape (the message names the field). Never retried: the same
 * question gets the same reply.
 */
export class GraphReplyError extends GraphUnansweredError {
  override name = "GraphReplyError";
  constructor(message: string, options: { retryable?: boolean } = {}) {
    super(message, { unreachable: true, retryable: options.retryable ?? false });
  }

  override get explanation(): Explanation {
    return {
      meaning: this.message,
      fix: "Check that graph-api-url points at the Graph API (https://graph.facebook.com) and not at a proxy or web page; if it does, run again later.",
    };
  }
}
