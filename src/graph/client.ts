/**
 * A small Graph API client over Node's own HTTP client (transport.ts). Every call:
 * - sends the calling token in the Authorization header, never in the URL (the only token that
 *   goes into a query string is debug_token's input_token, because Meta offers no other way), and
 *   secrets of form calls (refresh, revoke) in a form-encoded body;
 * - signs with appsecret_proof (HMAC-SHA256 of the calling token, keyed by the app secret) when
 *   an app secret is configured;
 * - reads at most `maxReplyBytes` of a reply, streamed and cut, never buffered whole;
 * - checks the reply against the endpoint's schema (replies.ts), so that the code behind it only
 *   ever sees the types it declares;
 * - shares one time budget, retries included: transient errors are retried with exponential
 *   backoff and jitter while the budget lasts, waiting as long as Meta asks (Retry-After,
 *   estimated_time_to_regain_access); when Meta asks for longer than the budget has left, it
 *   stops at once and says when to retry. Permanent errors fail at once. A request that may have
 *   reached Meta and done something (a POST without a rate-limit refusal) is never sent twice.
 */

import { createHmac } from "node:crypto";
import { networkErrorCode, networkFailureReason } from "../http.js";
import {
  describeGraphError,
  type GraphCallError,
  GraphRefusedError,
  GraphReplyError,
  GraphUnansweredError,
  isRateLimitCode,
  isTransientCode,
  UNKNOWN_ERROR_ATTEMPTS,
  UNKNOWN_ERROR_CODE,
} from "./errors.js";
import { GRAPH_ERROR } from "./replies.js";
import { type Shape, ShapeMismatch } from "./shape.js";
import { type Headers, HttpTransport, headerValues } from "./transport.js";

export interface GraphClientOptions {
  baseUrl: string;
  version: string;
  /** The whole budget for every call made through this client, retries included. */
  timeoutMs: number;
  appSecret?: string;
  /** The largest reply read (default 4 MiB); a larger one is an error, not retried. */
  maxReplyBytes?: number;
  /** For tests: how to wait between retries. */
  sleep?: (ms: number) => Promise<void>;
}

export type { Headers } from "./transport.js";

export interface GraphReply<T> {
  body: T;
  headers: Headers;
}

type Query = Record<string, string | undefined>;
type Body = { kind: "json"; value: unknown } | { kind: "form"; value: Query };

export const DEFAULT_MAX_REPLY_BYTES = 4 * 1024 * 1024;
const FIRST_BACKOFF_MS = 400;
const MAX_BACKOFF_MS = 8000;

export class GraphClient {
  private readonly deadline: number;
  private readonly transport: HttpTransport;

  constructor(private readonly options: GraphClientOptions) {
    this.deadline = Date.now() + options.timeoutMs;
    this.transport = new HttpTransport(Math.min(options.timeoutMs, 10_000));
  }

  get<T>(path: string, token: string, query: Query, shape: Shape<T>): Promise<GraphReply<T>> {
    return this.call("GET", path, token, query, undefined, shape);
  }

  /** A JSON POST (the test message). */
  post<T>(path: string, token: string, json: unknown, shape: Shape<T>): Promise<GraphReply<T>> {
    return this.call("POST", path, token, {}, { kind: "json", value: json }, shape);
  }

  /**
   * A form-encoded POST: for calls whose parameters are secrets (client_secret, the token to
   * exchange or revoke), which must never be in a URL that proxies and servers log. `token` is
   * the calling token (Authorization header), when the endpoint needs one.
   */
  postForm<T>(path: string, token: string | undefined, form: Query, shape: Shape<T>): Promise<GraphReply<T>> {
    return this.call("POST", path, token, {}, { kind: "form", value: form }, shape);
  }

  async close(): Promise<void> {
    this.transport.close();
  }

  private url(path: string, token: string | undefined, query: Query): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
    if (this.options.appSecret && token) {
      params.set("appsecret_proof", createHmac("sha256", this.options.appSecret).update(token).digest("hex"));
    }
    const search = params.toString();
    return `${this.options.baseUrl.replace(/\/+$/, "")}/${this.options.version}/${path}${search ? `?${search}` : ""}`;
  }

  private async call<T>(
    method: "GET" | "POST",
    path: string,
    token: string | undefined,
    query: Query,
    body: Body | undefined,
    shape: Shape<T>,
  ): Promise<GraphReply<T>> {
    const url = this.url(path, token, query);
    const what = `${method} /${path.split("?")[0]}`;
    let last: GraphCallError | undefined;
    for (let attempt = 0; ; attempt++) {
      const remaining = this.deadline - Date.now();
      if (remaining <= 0) throw last ?? timeout(what, this.options.timeoutMs);
      const outcome = await this.attempt(method, url, token, body, remaining, what, shape);
      if (!("error" in outcome)) return outcome;
      const error = outcome.error;
      last = error;
      // "Unknown error" (code 1) covers Meta's own downtime: to the test message it does not say
      // the message was not sent, so its outcome is unknown, not refused, and it is not sent
      // again. (A form POST keeps the refusal: code 1 is how a refresh with a wrong
      // client_secret is refused, and asking again for a token or a revocation sends no one a
      // second message.)
      if (
        body?.kind === "json" &&
        error instanceof GraphRefusedError &&
        error.graph?.code === UNKNOWN_ERROR_CODE
      ) {
        throw new GraphUnansweredError(error.message, {
          graph: error.graph,
          unreachable: false,
          retryable: false,
        });
      }
      const unknownAgain =
        method === "GET" && error.graph?.code === UNKNOWN_ERROR_CODE && attempt + 1 < UNKNOWN_ERROR_ATTEMPTS;
      if (!error.retryable && !unknownAgain) throw error;
      // A GET may always be asked again. A POST only after a rate-limit refusal, which says the
      // call was not processed: after no answer, a 5xx or "unknown error", it may have gone
      // through (a second message, a second token).
      if (method !== "GET" && !isRateLimitCode(error.graph?.code)) throw error;
      const askedMs = requestedWaitMs(outcome.headers);
      if (askedMs !== undefined && Date.now() + askedMs > this.deadline) {
        throw tooLongToWait(what, error, askedMs, this.options.timeoutMs);
      }
      const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** attempt, MAX_BACKOFF_MS) * (0.5 + Math.random() / 2);
      const wait = Math.max(backoff, askedMs ?? 0);
      if (Date.now() + wait >= this.deadline) throw error;
      await (this.options.sleep ?? delay)(wait);
    }
  }

  /** One HTTP exchange: the checked reply, or the error it amounts to (never throws). */
  private async attempt<T>(
    method: "GET" | "POST",
    url: string,
    token: string | undefined,
    body: Body | undefined,
    remaining: number,
    what: string,
    shape: Shape<T>,
  ): Promise<GraphReply<T> | { error: GraphCallError; headers: Headers }> {
    let statusCode: number;
    let headers: Headers = {};
    let text: string;
    try {
      const reply = await this.transport.exchange({
        method,
        url,
        headers: {
          ...(token !== undefined && { authorization: `Bearer ${token}` }),
          accept: "application/json",
          ...(body?.kind === "json" && { "content-type": "application/json" }),
          ...(body?.kind === "form" && { "content-type": "application/x-www-form-urlencoded" }),
        },
        body:
          body === undefined
            ? undefined
            : body.kind === "json"
              ? JSON.stringify(body.value)
              : formBody(body.value),
        timeoutMs: remaining,
        maxBodyBytes: this.options.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES,
      });
      statusCode = reply.statusCode;
      headers = reply.headers;
      if (reply.body === undefined) return { error: tooLarge(what, this.options), headers };
      text = reply.body.toString("utf8").replace(/^\uFEFF/, "");
    } catch (error) {
      return { error: networkError(what, error, this.options.timeoutMs), headers };
    }
    return { ...interpret(what, statusCode, text, shape), headers };
  }
}

/** Turns a complete reply into the checked body or the error it means. */
function interpret<T>(
  what: string,
  statusCode: number,
  text: string,
  shape: Shape<T>,
): { body: T } | { error: GraphCallError } {
  const parsed = parseJson(text);
  const hiccup = statusCode >= 500 || statusCode === 429;
  if (typeof parsed === "object" && parsed !== null && "error" in parsed) {
    let graph: ReturnType<typeof GRAPH_ERROR>;
    try {
      graph = GRAPH_ERROR((parsed as { error: unknown }).error, "error");
    } catch (error) {
      if (!(error instanceof ShapeMismatch)) throw error;
      return {
        error: new GraphReplyError(`${what}: the Graph API's error reply is malformed: ${error.message}`),
      };
    }
    const message = `${what} failed: ${describeGraphError(graph)}`;
    if (isTransientCode(graph.code)) {
      return { error: new GraphUnansweredError(message, { graph, unreachable: false, retryable: true }) };
    }
    return { error: new GraphRefusedError(message, graph) };
  }
  // A redirect is not followed (it would carry the token elsewhere), and its body is no answer.
  if (statusCode >= 300 && statusCode < 400) {
    return {
      error: new GraphReplyError(
        `${what}: the Graph API answered HTTP ${statusCode}, a redirect, which is not followed; is graph-api-url right?`,
      ),
    };
  }
  if (parsed === undefined || typeof parsed !== "object" || parsed === null || statusCode >= 400) {
    const kind =
      text.trim() === ""
        ? "an empty reply"
        : /^\s*</.test(text)
          ? "an HTML page"
          : parsed === undefined
            ? "a reply that is not JSON"
            : "JSON that is not a Graph reply";
    const message = `${what}: the Graph API answered HTTP ${statusCode} with ${kind}`;
    // A 5xx page or a 429 is a hiccup worth asking again about; anything else will not change.
    if (hiccup) return { error: new GraphUnansweredError(message, { unreachable: true, retryable: true }) };
    return { error: new GraphReplyError(`${message}; is graph-api-url right?`) };
  }
  try {
    return { body: shape(parsed, "") };
  } catch (error) {
    if (!(error instanceof ShapeMismatch)) throw error;
    return { error: new GraphReplyError(`${what}: unexpected reply from the Graph API: ${error.message}`) };
  }
}

function formBody(form: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) if (value !== undefined) params.set(key, value);
  return params.toString();
}

/**
 * How long the server asked us to wait, in ms: `Retry-After` (seconds or an HTTP date), or the
 * longest `estimated_time_to_regain_access` (minutes) in `X-Business-Use-Case-Usage`.
 */
export function requestedWaitMs(headers: Headers, now = Date.now()): number | undefined {
  const waits: number[] = [];
  const retryAfter = headerValues(headers, "retry-after")[0];
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter.trim());
    const date = Date.parse(retryAfter);
    if (/^\d+$/.test(retryAfter.trim())) waits.push(seconds * 1000);
    else if (Number.isFinite(date)) waits.push(Math.max(0, date - now));
  }
  // Every copy of a repeated usage header: the longest wait any of them asks for counts.
  for (const usage of headerValues(headers, "x-business-use-case-usage")) {
    const parsed = parseJson(usage);
    if (typeof parsed === "object" && parsed !== null) {
      for (const entries of Object.values(parsed)) {
        if (!Array.isArray(entries)) continue;
        for (const entry of entries) {
          const minutes = (entry as { estimated_time_to_regain_access?: unknown })
            ?.estimated_time_to_regain_access;
          if (typeof minutes === "number" && Number.isFinite(minutes) && minutes > 0)
            waits.push(minutes * 60_000);
        }
      }
    }
  }
  // A wait of years (Retry-After: 1e20) is nonsense and past the largest date there is: a day is
  // as long as this client ever reports, and it is far longer than any budget.
  return waits.length > 0 ? Math.min(Math.max(...waits), MAX_REPORTED_WAIT_MS) : undefined;
}

/** The longest wait a reply can ask for that is reported as asked; longer ones count as this. */
export const MAX_REPORTED_WAIT_MS = 24 * 3600 * 1000;

function tooLongToWait(what: string, error: GraphCallError, waitMs: number, budgetMs: number) {
  const retryAt = new Date(Date.now() + waitMs);
  const minutes = Math.ceil(waitMs / 60_000);
  const asked =
    waitMs >= MAX_REPORTED_WAIT_MS
      ? "a day or more"
      : minutes >= 120
        ? `${Math.ceil(minutes / 60)} hours`
        : `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const cause = error.graph ? `rate-limited (${describeGraphError(error.graph)})` : "asked to wait";
  return new GraphUnansweredError(
    `${what}: ${cause}; the Graph API asks to wait ${asked}, longer than the ${budgetMs / 1000} s time budget: try again after ${retryAt.toISOString().replace(/\.\d+Z$/, "Z")}`,
    { ...(error.graph && { graph: error.graph }), unreachable: error.unreachable, retryable: false, retryAt },
  );
}

function tooLarge(what: string, options: GraphClientOptions): GraphReplyError {
  const cap = options.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES;
  const size = cap >= 1024 * 1024 ? `${cap / (1024 * 1024)} MiB` : `${cap} bytes`;
  return new GraphReplyError(
    `${what}: the reply is larger than ${size}, far more than any Graph API answer, so it was not read; is graph-api-url right?`,
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function timeout(what: string, budgetMs: number): GraphUnansweredError {
  return new GraphUnansweredError(
    `${what}: no answer from the Graph API within ${budgetMs / 1000} s (timeout-seconds)`,
    { unreachable: true, retryable: true },
  );
}

function networkError(what: string, error: unknown, budgetMs: number): GraphCallError {
  const code = networkErrorCode(error);
  // Meta answered, with more header bytes than an HTTP client reads (16 KiB): asking again gets
  // the same answer, and "cannot reach" would send the user to check a network that works.
  if (code === "HPE_HEADER_OVERFLOW")
    return new GraphReplyError(
      `${what}: the Graph API answered with headers too large to read (over 16 KiB)`,
    );
  const name = (error as Error).name;
  if (name === "TimeoutError") return timeout(what, budgetMs);
  // TLS that cannot work will not work on the next try either: say why, at once.
  const tls = tlsFailure(code);
  if (tls)
    return new GraphUnansweredError(`${what}: cannot reach the Graph API: ${tls}`, {
      unreachable: true,
      retryable: false,
      requestSent: false,
    });
  return new GraphUnansweredError(`${what}: cannot reach the Graph API (${networkFailureReason(code)})`, {
    unreachable: true,
    retryable: true,
    // No connection was made: nothing was sent.
    ...((code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN") && { requestSent: false }),
  });
}

/** What a TLS failure means for the user, or undefined when `code` is no TLS failure. */
function tlsFailure(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  if (code === "EPROTO" || code.startsWith("ERR_SSL_"))
    return `the TLS handshake failed (${code}): is graph-api-url an https:// URL of a server that speaks HTTPS on that port?`;
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID")
    return `the server's TLS certificate is for another host name (${code}): is graph-api-url's host the one the certificate names?`;
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code))
    return `the server's TLS certificate is not trusted (${code}); behind a proxy that inspects TLS, give Node its certificate with NODE_EXTRA_CA_CERTS`;
  return undefined;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
