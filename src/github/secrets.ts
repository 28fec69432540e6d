/**
 * Writing a GitHub Actions secret through the REST API (shared/graph-api.md 12.2): read the
 * store's public key, seal the value with libsodium (crypto_box_seal), PUT it. Each store
 * (repository, environment, organization) has its own key, so the key is always fetched from
 * the exact store written to. An organization secret keeps its visibility and selected
 * repositories. Through the project's one guarded GitHub client (client.ts).
 */
import sodium from "libsodium-wrappers";
import { shownText } from "../text-safety.js";
import { type GitHubClient, githubClient, guardError } from "./client.js";

export type SecretStore =
  | { kind: "repo"; owner: string; repo: string }
  | { kind: "environment"; owner: string; repo: string; environment: string }
  | { kind: "org"; org: string };

export interface SecretTarget {
  store: SecretStore;
  name: string;
}

export interface PublicKey {
  keyId: string;
  key: string;
}

export interface SecretInfo {
  updatedAt?: Date;
  /** Organization secrets only. */
  visibility?: "all" | "private" | "selected";
  selectedRepositoryIds?: number[];
}

/** A refused or failed call, in one line that says what to change. */
export class SecretsError extends Error {
  override name = "SecretsError";
  constructor(
    message: string,
    readonly status?: number,
    /**
     * A write that got no answer (a timeout, a dropped connection, a 5xx): GitHub may have stored
     * the value or not, and nobody can tell from here.
     */
    readonly uncertain = false,
  ) {
    super(message);
  }
}

export function describeTarget({ store, name }: SecretTarget): string {
  switch (store.kind) {
    case "repo":
      return `repository secret ${name} of ${store.owner}/${store.repo}`;
    case "environment":
      return `secret ${name} of environment "${store.environment}" in ${store.owner}/${store.repo}`;
    case "org":
      return `organization secret ${name} of ${store.org}`;
  }
}

const PERMISSION_FIX: Record<SecretStore["kind"], string> = {
  repo: 'The workflow\'s GITHUB_TOKEN can never write secrets: pass a fine-grained personal access token with the repository permission "Secrets: Read and write", or a GitHub App token with secrets: write.',
  environment:
    'The workflow\'s GITHUB_TOKEN can never write secrets: pass a fine-grained personal access token with the repository permissions "Secrets: Read and write" and "Environments: Read and write", or a GitHub App token with secrets and environments: write.',
  org: 'The workflow\'s GITHUB_TOKEN can never write secrets: pass a fine-grained personal access token with the organization permission "Secrets: Read and write", or a GitHub App token with organization secrets: write.',
};

export class SecretsClient {
  private readonly octokit: GitHubClient;

  constructor(options: { apiUrl: string; token: string; timeoutMs?: number }) {
    this.octokit = githubClient({
      token: options.token,
      apiUrl: options.apiUrl.replace(/\/+$/, ""),
      timeoutMs: options.timeoutMs ?? 30_000,
    });
  }

  async publicKey(target: SecretTarget): Promise<PublicKey> {
    const body = await this.call<{ key_id?: unknown; key?: unknown }>(
      "GET",
      `${base(target.store)}/public-key`,
      target,
      "read the public key of",
    );
    if (typeof body.key_id !== "string" || typeof body.key !== "string" || !isKey(body.key)) {
      throw new SecretsError(`GitHub sent no usable public key for the ${describeTarget(target)}`);
    }
    return { keyId: body.key_id, key: body.key };
  }

  /** The secret's metadata; a missing secret is an error (a typo would otherwise create a new one). */
  async info(target: SecretTarget): Promise<SecretInfo> {
    const { body, info } = await this.metadata(target);
    if (target.store.kind !== "org") return info;
    const visibility = body.visibility;
    if (visibility !== "all" && visibility !== "private" && visibility !== "selected") {
      throw new SecretsError(`GitHub sent no visibility for the ${describeTarget(target)}`);
    }
    info.visibility = visibility;
    if (visibility === "selected") info.selectedRepositoryIds = await this.selectedRepositories(target);
    return info;
  }

  /** When the secret was last written (undefined: GitHub did not say); reads nothing else. */
  async updatedAt(target: SecretTarget): Promise<Date | undefined> {
    return (await this.metadata(target)).info.updatedAt;
  }

  private async metadata(target: SecretTarget) {
    const path = `${base(target.store)}/${encodeURIComponent(target.name)}`;
    const body = await this.call<{ updated_at?: unknown; visibility?: unknown }>("GET", path, target, "read");
    const updatedAt = typeof body.updated_at === "string" ? new Date(body.updated_at) : undefined;
    const info: SecretInfo = { ...(updatedAt && !Number.isNaN(updatedAt.getTime()) && { updatedAt }) };
    return { body, info };
  }

  /** Seals the value with the store's key and stores it (GitHub answers 201 created, 204 updated). */
  async write(target: SecretTarget, value: string, key: PublicKey, info: SecretInfo): Promise<void> {
    await sodium.ready;
    const sealed = sodium.crypto_box_seal(
      sodium.from_string(value),
      sodium.from_base64(key.key, sodium.base64_variants.ORIGINAL),
    );
    const body: Record<string, unknown> = {
      encrypted_value: sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL),
      key_id: key.keyId,
    };
    if (target.store.kind === "org") {
      body.visibility = info.visibility;
      if (info.visibility === "selected") body.selected_repository_ids = info.selectedRepositoryIds ?? [];
    }
    await this.call("PUT", `${base(target.store)}/${encodeURIComponent(target.name)}`, target, "write", body);
  }

  /**
   * Every repository an organization secret is selected for. The PUT replaces the selection with
   * the ids it sends, so a listing that gives fewer ids than its total_count (or an id that is not
   * a number) would silently take the secret away from repositories: refused, nothing is written.
   */
  private async selectedRepositories(target: SecretTarget): Promise<number[]> {
    const ids: number[] = [];
    const incomplete = (why: string) =>
      new SecretsError(
        `GitHub's list of the repositories selected for the ${describeTarget(target)} ${why}; writing the secret would drop the repositories missing from it, so nothing was written`,
      );
    // At most 100 pages of 100: a reply that never ends is not followed for ever.
    for (let page = 1; page <= 100; page++) {
      const body = await this.call<{ total_count?: unknown; repositories?: unknown }>(
        "GET",
        `${base(target.store)}/${encodeURIComponent(target.name)}/repositories`,
        target,
        "list the repositories of",
        { per_page: 100, page },
      );
      const total = body.total_count;
      if (typeof total !== "number" || !Number.isInteger(total) || total < 0) {
        throw incomplete("gives no total_count");
      }
      if (!Array.isArray(body.repositories)) throw incomplete("has no repositories");
      for (const repository of body.repositories as { id?: unknown }[]) {
        const id = repository?.id;
        if (typeof id !== "number" || !Number.isSafeInteger(id))
          throw incomplete("has an id that is not a number");
        ids.push(id);
      }
      if (ids.length === total) return ids;
      if (ids.length > total) throw incomplete(`lists ${ids.length} repositories but says ${total}`);
      if (body.repositories.length === 0) throw incomplete(`lists ${ids.length} of ${total} repositories`);
    }
    throw new SecretsError(
      `GitHub listed more than 10000 selected repositories for the ${describeTarget(target)}`,
    );
  }

  private async call<T>(
    method: "GET" | "PUT",
    path: string,
    target: SecretTarget,
    verb: string,
    params: Record<string, unknown> = {},
  ): Promise<T> {
    const what = `cannot ${verb} the ${describeTarget(target)}`;
    try {
      const response = await this.octokit.request(`${method} ${path}`, params);
      // 201/204 to a PUT carry no body.
      return (typeof response.data === "object" && response.data !== null ? response.data : {}) as T;
    } catch (error) {
      const guarded = guardError(error);
      // No answer, or one that is not GitHub's: a write may have been stored, or not.
      if (guarded) throw new SecretsError(`${what}: ${guarded.message}`, undefined, method === "PUT");
      const status = (error as { status?: unknown }).status;
      if (typeof status !== "number") throw error;
      throw refusal(
        what,
        status,
        githubMessage((error as { response?: { data?: unknown } }).response?.data),
        {
          target,
          verb,
          method,
        },
      );
    }
  }
}

function refusal(
  what: string,
  status: number,
  message: string,
  { target, verb, method }: { target: SecretTarget; verb: string; method: "GET" | "PUT" },
): SecretsError {
  if (status === 404 && verb === "read") {
    return new SecretsError(
      `${what} (HTTP 404: ${message}): check rotate-secret and rotate-scope (the secret must exist already), and that the token may see it. ${PERMISSION_FIX[target.store.kind]}`,
      status,
    );
  }
  if (status === 403 || status === 404) {
    return new SecretsError(
      `${what} (HTTP ${status}: ${message}). ${PERMISSION_FIX[target.store.kind]}`,
      status,
    );
  }
  if (status === 401) {
    return new SecretsError(
      `${what}: the GitHub token was refused (HTTP 401: ${message}); is it expired?`,
      status,
    );
  }
  // A 5xx to a write says nothing about whether the value was stored.
  return new SecretsError(
    `${what}: GitHub answered HTTP ${status}: ${message}`,
    status,
    method === "PUT" && status >= 500,
  );
}

function base(store: SecretStore): string {
  switch (store.kind) {
    case "repo":
      return `/repos/${encodeURIComponent(store.owner)}/${encodeURIComponent(store.repo)}/actions/secrets`;
    case "environment":
      return `/repos/${encodeURIComponent(store.owner)}/${encodeURIComponent(store.repo)}/environments/${encodeURIComponent(store.environment)}/secrets`;
    case "org":
      return `/orgs/${encodeURIComponent(store.org)}/actions/secrets`;
  }
}

/** A Curve25519 public key: base64 of 32 bytes. */
function isKey(text: string): boolean {
  return /^[A-Za-z0-9+/]{43}=$/.test(text);
}

function githubMessage(data: unknown): string {
  const message = (data as { message?: unknown } | undefined)?.message;
  if (typeof message === "string") return shownText(message.replace(/\s+/g, " "), 200);
  return data === undefined || data === "" ? "no message" : "a reply without a message";
}
