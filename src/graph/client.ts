/**
 * A small Graph API client over undici. Every call:
 * - sends the calling token in the Authorization header, never in the URL (the only token that
 *   goes into a query string is debug_token's input_token, because Meta offers no other way);
 * - signs with appsecret_proof (HMAC-SHA256 of the calling token, keyed by the app secret) when
 *   an app secret is configured;
 * - shares one time budget, retries included: transient errors are retried with exponential
 *   backoff and jitter while the budget lasts, permanent ones fail at once.
 */
import { createHmac } from "node:crypto";
import { Agent, request } from "undici";
import { describeGraphError, GraphCallError, type GraphErrorBody, isTransientCode } from "./errors.js";

export interface GraphClientOptions {
  baseUrl: string;
  version: string;
  /** The whole budget for every call made through this client, retries included. */
  timeoutMs: number;
  appSecret?: string;
  /** For tests: how to wait between retries. */
  sleep?: (ms: number) => Promise<void>;
}

export interface GraphReply<T> {
  body: T;
  headers: Record<string, string | string[] | undefined>;
}

type Query = Record<string, string | undefined>;

const FIRST_BACKOFF_MS = 400;
const MAX_BACKOFF_MS = 8000;

export class GraphClient {
  private readonly deadline: number;
  private readonly agent: Agent;

  constructor(private readonly options: GraphClientOptions) {
    this.deadline = Date.now() + options.timeoutMs;
    this.agent = new Agent({
      keepAliveTimeout: 2000,
      connect: { timeout: Math.min(options.timeoutMs, 10_000) },
    });
  }

  get<T>(path: string, token: string, query: Query = {}): Promise<GraphReply<T>> {
    return this.call<T>("GET", path, token, query, undefined);
  }

  post<T>(path: string, token: string, json: unknown): Promise<GraphReply<T>> {
    return this.call<T>("POST", path, token, {}, json);
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private url(path: string, token: string, query: Query): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
    if (this.options.appSecret) {
      params.set("appsecret_proof", createHmac("sha256", this.options.appSecret).update(token).digest("hex"));
    }
    const search = params.toString();
    return `${this.options.baseUrl.replace(/\/+$/, "")}/${this.options.version}/${path}${search ? `?${search}` : ""}`;
  }

  private async call<T>(method: "GET" | "POST", path: string, token: string, query: Query, json: unknown) {
    const url = this.url(path, token, query);
    const what = `${method} /${path.split("?")[0]}`;
    let last: GraphCallError | undefined;
    for (let attempt = 0; ; attempt++) {
      const remaining = this.deadline - Date.now();
      if (remaining <= 0) throw last ?? timeout(what, this.options.timeoutMs);
      const outcome = await this.attempt<T>(method, url, token, json, remaining, what);
      if (!(outcome instanceof GraphCallError)) return outcome;
      last = outcome;
      // A Graph error says the call was not processed, so even a POST may be sent again; after
      // no answer at all, only a GET is: a POST may have gone through (a duplicate message).
      const retryable = outcome.retryable && (outcome.graph !== undefined || method === "GET");
      if (!retryable) throw outcome;
      const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** attempt, MAX_BACKOFF_MS) * (0.5 + Math.random() / 2);
      if (Date.now() + backoff >= this.deadline) throw outcome;
      await (this.options.sleep ?? delay)(backoff);
    }
  }

  /** One HTTP exchange: the parsed reply, or the error it amounts to (never throws). */
  private async attempt<T>(
    method: string,
    url: string,
    token: string,
    json: unknown,
    remaining: number,
    what: string,
  ): Promise<GraphReply<T> | GraphCallError> {
    let statusCode: number;
    let text: string;
    let headers: GraphReply<T>["headers"];
    try {
      const response = await request(url, {
        method,
        dispatcher: this.agent,
        headers: {
          authorization: `Bearer ${token}`,
          accept: "application/json",
          ...(json === undefined ? {} : { "content-type": "application/json" }),
        },
        body: json === undefined ? undefined : JSON.stringify(json),
        headersTimeout: remaining,
        bodyTimeout: remaining,
        signal: AbortSignal.timeout(remaining),
      });
      statusCode = response.statusCode;
      headers = response.headers;
      text = await response.body.text();
    } catch (error) {
      return networkError(what, error, this.options.timeoutMs);
    }
    const parsed = parseJson(text);
    const graphError = (parsed as { error?: GraphErrorBody } | undefined)?.error;
    if (graphError && typeof graphError === "object") {
      const transient = isTransientCode(graphError.code);
      return new GraphCallError(
        `${what} failed: ${describeGraphError(graphError)}`,
        graphError,
        false,
        transient,
      );
    }
    if (parsed === undefined || typeof parsed !== "object" || parsed === null) {
      const kind =
        text.trim() === ""
          ? "an empty reply"
          : /^\s*</.test(text)
            ? "an HTML page"
            : "a reply that is not JSON";
      // A 5xx page is a hiccup worth retrying; anything else will not change.
      return new GraphCallError(
        `${what}: the Graph API answered HTTP ${statusCode} with ${kind}; is graph-api-url right?`,
        undefined,
        true,
        statusCode >= 500,
      );
    }
    if (statusCode >= 400) {
      return new GraphCallError(
        `${what}: HTTP ${statusCode} without a Graph error`,
        undefined,
        true,
        statusCode >= 500,
      );
    }
    return { body: parsed as T, headers };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function timeout(what: string, budgetMs: number): GraphCallError {
  return new GraphCallError(
    `${what}: no answer from the Graph API within ${budgetMs / 1000} s (timeout-seconds)`,
    undefined,
    true,
    true,
  );
}

function networkError(what: string, error: unknown, budgetMs: number): GraphCallError {
  const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  const name = (error as Error).name;
  if (
    name === "TimeoutError" ||
    name === "AbortError" ||
    code === "UND_ERR_HEADERS_TIMEOUT" ||
    code === "UND_ERR_BODY_TIMEOUT"
  ) {
    return timeout(what, budgetMs);
  }
  const reason =
    code === "ECONNREFUSED"
      ? "connection refused"
      : code === "ENOTFOUND" || code === "EAI_AGAIN"
        ? "host not found"
        : code === "ECONNRESET" || code === "UND_ERR_SOCKET"
          ? "connection dropped"
          : (code ?? (error as Error).message);
  return new GraphCallError(`${what}: cannot reach the Graph API (${reason})`, undefined, true, true);
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
