/**
 * The one way this project calls GitHub's REST API: octokit over a guarded fetch that
 * - bounds every call (headers and body) by a timeout, and names the call that ran out of time;
 * - sends nothing to any origin but the configured API URL's: a `Link` header (pagination) or a
 *   redirect that points elsewhere would otherwise get the token;
 * - follows redirects for reads, and for writes only 307/308 (method and body kept), never for a
 *   PUT: a secret write answered 303 would become a GET whose 2xx passes for a stored secret, so
 *   a PUT's 3xx is an error (its outcome unknown);
 * - takes a PUT's 2xx as done whatever its body (GitHub sends none; a proxy may add one);
 * - reads at most a few MiB of a reply, and turns one that is not JSON (an HTML login page, a
 *   proxy's error page) into a clear error instead of a value the code cannot use.
 * Every failure is a GitHubCallError whose message says which call and what happened.
 */

import { getOctokit } from "@actions/github";
import { networkErrorCode, networkFailureReason, readCapped } from "../http.js";
import { shownText } from "../text-safety.js";

export class GitHubCallError extends Error {
  override name = "GitHubCallError";
}

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** The REST API's base URL (GITHUB_API_URL). */
  apiUrl: string;
  /** The most one call (one page) may take. */
  timeoutMs: number;
  /** The largest reply read (default 8 MiB). */
  maxReplyBytes?: number;
}

const MAX_REDIRECTS = 3;
/**
 * Which redirects are followed: any for a read; for a write only 307/308, which keep the method
 * and body (GitHub's answer for a renamed repository); never for a PUT (a secret's write), whose
 * outcome must come from GitHub's own answer to it.
 */
function followed(method: string, status: number): boolean {
  const verb = method.toUpperCase();
  if (verb === "GET" || verb === "HEAD") return true;
  return verb !== "PUT" && (status === 307 || status === 308);
}

const isJson = (type: string) => /^application\/(?:[\w.+-]+\+)?json\b/i.test(type.trim());

export function githubClient(options: GitHubClientOptions): GitHubClient {
  return getOctokit(options.token, {
    baseUrl: options.apiUrl,
    request: { fetch: guardedFetch(options) },
  });
}

/** The error a failed call amounts to, when it came from the guard (octokit wraps it). */
export function guardError(error: unknown): GitHubCallError | undefined {
  if (error instanceof GitHubCallError) return error;
  const cause = (error as { cause?: unknown })?.cause;
  return cause instanceof GitHubCallError ? cause : undefined;
}

function guardedFetch(options: GitHubClientOptions): typeof fetch {
  const origin = new URL(options.apiUrl).origin;
  const cap = options.maxReplyBytes ?? 8 * 1024 * 1024;
  return async (input, init) => {
    let url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? "GET";
    const what = `${method} ${shownText(url.pathname, 200)}`;
    const signal = AbortSignal.timeout(options.timeoutMs);
    for (let redirects = 0; ; redirects++) {
      if (url.origin !== origin) {
        throw new GitHubCallError(
          `${what}: the GitHub API pointed the next request at ${shownText(url.origin, 100)}, not at ${origin} (GITHUB_API_URL); it was not followed, so the token was not sent there`,
        );
      }
      let response: Response;
      try {
        response = await fetch(url, { ...init, redirect: "manual", signal });
      } catch (error) {
        throw callFailed(what, error, signal, options.timeoutMs);
      }
      const location = response.headers.get("location");
      const redirect = response.status >= 300 && response.status < 400 && response.status !== 304;
      if (redirect && !followed(method, response.status)) {
        // A 303 means "GET this instead": its 2xx would pass for a stored secret.
        await response.body?.cancel();
        throw new GitHubCallError(
          `${what}: the GitHub API answered HTTP ${response.status} (a redirect); a write is never redirected, so it was not followed and nothing confirms it was carried out`,
        );
      }
      if (redirect && location && redirects < MAX_REDIRECTS) {
        await response.body?.cancel();
        url = new URL(location, url);
        continue;
      }
      let body: Uint8Array;
      try {
        body = await readBody(response, cap);
      } catch (error) {
        if (error instanceof GitHubCallError) throw new GitHubCallError(`${what}: ${error.message}`);
        throw callFailed(what, error, signal, options.timeoutMs);
      }
      const type = response.headers.get("content-type") ?? "";
      if (method.toUpperCase() === "PUT" && response.ok && !isJson(type)) {
        // A PUT's 2xx is its answer (GitHub sends no body), whatever a proxy put there: it was done.
        const headers = new Headers(response.headers);
        headers.delete("content-type");
        headers.delete("content-length");
        return new Response(null, { status: response.status, statusText: response.statusText, headers });
      }
      const empty = body.length === 0 || response.status === 204 || response.status === 304;
      if (!empty && !isJson(type)) {
        throw new GitHubCallError(
          `${what}: the GitHub API answered HTTP ${response.status} with ${shownText(type, 80) || "no content type"}, not JSON; is GITHUB_API_URL right?`,
        );
      }
      const nullBody = [101, 204, 205, 304].includes(response.status);
      return new Response(nullBody ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    }
  };
}

async function readBody(response: Response, cap: number): Promise<Uint8Array> {
  const { body } = response;
  if (!body) return new Uint8Array();
  const bytes = await readCapped(body, cap, () => body.cancel());
  if (!bytes)
    throw new GitHubCallError(`the reply is larger than ${cap / (1024 * 1024)} MiB, so it was not read`);
  return bytes;
}

function callFailed(what: string, error: unknown, signal: AbortSignal, timeoutMs: number): GitHubCallError {
  if (signal.aborted) {
    return new GitHubCallError(
      `${what}: no answer from the GitHub API within ${timeoutMs / 1000} s (timeout-seconds)`,
    );
  }
  const reason = networkFailureReason(networkErrorCode(error));
  return new GitHubCallError(`${what}: cannot reach the GitHub API (${reason})`);
}
