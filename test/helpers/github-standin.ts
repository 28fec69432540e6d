/**
 * A stand-in for the part of GitHub's REST API the expiry watch uses, on 127.0.0.1: listing
 * issues by label (pull requests included, as GitHub does, with pagination), creating and
 * updating issues, and commenting. Served under a path prefix, as GitHub Enterprise Server
 * serves /api/v3, so tests prove that GITHUB_API_URL is honoured.
 *
 * And the Actions secrets API of the rotation (repository, environment, organization): each
 * store has its own key pair; a PUT is opened with the store's private key
 * (crypto_box_seal_open), so a test sees exactly the value that was stored.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import sodium from "libsodium-wrappers";

/**
 * write / read: a workflow GITHUB_TOKEN with or without issues: write (never any secrets access);
 * secrets: a fine-grained token with "Secrets: Read and write" (and Environments); secrets-read:
 * one with "Secrets: Read-only" (reads the key, cannot PUT).
 */
export type Access = "write" | "read" | "secrets" | "secrets-read";

export interface StoredSecret {
  /** What the stand-in decrypted (undefined: sealed for another key, unreadable). */
  value: string | undefined;
  updatedAt: Date;
  visibility?: string;
  selectedRepositoryIds?: number[];
  puts: number;
}

interface SecretStore {
  keyId: string;
  publicKey: Uint8Array;
  privateKey: Uint8Array;
  secrets: Map<string, StoredSecret>;
}

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  state_reason?: string;
  labels: string[];
  assignees: string[];
  pullRequest?: boolean;
  /** A locked conversation: GitHub refuses comments (403) but still allows edits and closing. */
  locked?: boolean;
  comments: string[];
}

export class GitHubStandin {
  readonly issues: StoredIssue[] = [];
  readonly requests: { method: string; path: string }[] = [];
  url = "";
  /** Where the `Link: rel="next"` of a listing points (default: this server), to play a hostile one. */
  linkBase: string | undefined;
  private server: Server | undefined;
  private readonly tokens: Record<string, Access>;
  private readonly prefix: string;
  private readonly repository: string;
  /** Stores by their path: `repos/acme/bot/actions`, `repos/acme/bot/environments/prod`, `orgs/acme/actions`. */
  private readonly stores = new Map<string, SecretStore>();
  /**
   * The workflow run the action runs in (GET …/actions/runs/{id}/attempts/{n}[/jobs]): when it
   * started, and its jobs. A token with `write` or `read` access may read it (actions: read).
   */
  run = {
    startedAt: new Date(Date.now() - 120_000),
    jobs: [
      {
        runner_name: "GitHub Actions 1000",
        status: "in_progress",
        started_at: new Date(Date.now() - 60_000),
      },
    ],
  };
  /** A PUT of a secret is carried out (the value stored), then never answered: a timed-out write. */
  hangPuts = false;
  /** A PUT of a secret answered this way instead (a proxy's answer), after storing it when `store`. */
  putAnswer: { status: number; headers?: Record<string, string>; body?: string; store: boolean } | undefined;
  /** An organization secret's repositories listing answered with this body instead. */
  listingAnswer: unknown;
  /** Called before each GET of a secret's metadata is answered (n counts from 1), to play another run. */
  onSecretRead: ((secret: StoredSecret, n: number) => void) | undefined;
  private secretReads = 0;

  constructor(options: { tokens: Record<string, Access>; prefix?: string; repository?: string }) {
    this.tokens = options.tokens;
    this.prefix = options.prefix ?? "/api/v3";
    this.repository = options.repository ?? "acme/bot";
  }

  /** Creates a secret (and its store, with a fresh key pair). `store` as in the stores map. */
  async addSecret(store: string, name: string, secret: Partial<StoredSecret> = {}): Promise<StoredSecret> {
    const stored: StoredSecret = {
      value: undefined,
      updatedAt: new Date(Date.now() - 86_400_000),
      puts: 0,
      ...secret,
    };
    (await this.store(store)).secrets.set(name, stored);
    return stored;
  }

  secret(store: string, name: string): StoredSecret | undefined {
    return this.stores.get(store)?.secrets.get(name);
  }

  /** A store's public key, as GitHub serves it (for a test that seals a value itself). */
  async publicKey(store: string): Promise<string> {
    return sodium.to_base64((await this.store(store)).publicKey, sodium.base64_variants.ORIGINAL);
  }

  private async store(path: string): Promise<SecretStore> {
    let store = this.stores.get(path);
    if (!store) {
      await sodium.ready;
      const pair = sodium.crypto_box_keypair();
      store = {
        keyId: String(3380204578043523366n + BigInt(this.stores.size)),
        publicKey: pair.publicKey,
        privateKey: pair.privateKey,
        secrets: new Map(),
      };
      this.stores.set(path, store);
    }
    return store;
  }

  /** What GITHUB_API_URL should be. */
  get apiUrl(): string {
    return `${this.url}${this.prefix}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: Error) =>
        send(res, 500, { message: `stand-in bug: ${error.message}` }),
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  addIssue(issue: Omit<StoredIssue, "number" | "comments">): StoredIssue {
    const stored = { ...issue, number: this.issues.length + 1, comments: [] };
    this.issues.push(stored);
    return stored;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    this.requests.push({ method: req.method ?? "GET", path: url.pathname });
    const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const access = token ? this.tokens[token] : undefined;
    if (!access)
      return send(res, 401, {
        message: "Bad credentials",
        documentation_url: "https://docs.github.com/rest",
      });

    const run = new RegExp(
      `^${this.prefix}/repos/${this.repository}/actions/runs/(\\d+)/attempts/(\\d+)(/jobs)?$`,
    ).exec(url.pathname);
    if (run && req.method === "GET") {
      if (access !== "write" && access !== "read")
        return send(res, 403, { message: "Resource not accessible by personal access token" });
      if (run[3]) {
        return send(res, 200, {
          total_count: this.run.jobs.length,
          jobs: this.run.jobs.map((job) => ({ ...job, started_at: job.started_at.toISOString() })),
        });
      }
      return send(res, 200, {
        id: Number(run[1]),
        run_attempt: Number(run[2]),
        run_started_at: this.run.startedAt.toISOString(),
      });
    }
    const secrets =
      /^\/(repos\/[^/]+\/[^/]+\/(?:actions|environments\/[^/]+)|orgs\/[^/]+\/actions)\/secrets(?:\/(.*))?$/.exec(
        url.pathname.slice(this.prefix.length),
      );
    if (url.pathname.startsWith(this.prefix) && secrets) {
      return this.secrets(req, res, access, decodeURIComponent(secrets[1]!), secrets[2] ?? "");
    }
    const base = `${this.prefix}/repos/${this.repository}/issues`;
    if (!url.pathname.startsWith(base)) return send(res, 404, { message: "Not Found" });
    if (access === "secrets" || access === "secrets-read") {
      return send(res, 403, { message: "Resource not accessible by personal access token", status: "403" });
    }
    const rest = url.pathname.slice(base.length);
    const body = await readJson(req);
    const write = req.method !== "GET";
    if (write && access !== "write") {
      return send(res, 403, {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest/issues/issues#create-an-issue",
        status: "403",
      });
    }

    if (rest === "" && req.method === "GET") return this.list(url, res);
    if (rest === "" && req.method === "POST") {
      const issue = this.addIssue({
        title: String(body.title),
        body: String(body.body ?? ""),
        state: "open",
        labels: (body.labels as string[]) ?? [],
        assignees: (body.assignees as string[]) ?? [],
      });
      return send(res, 201, this.render(issue));
    }
    const number = /^\/(\d+)(\/comments)?$/.exec(rest);
    const issue = number ? this.issues.find((i) => i.number === Number(number[1])) : undefined;
    if (!number || !issue) return send(res, 404, { message: "Not Found" });
    if (number[2] && req.method === "POST") {
      if (issue.locked) {
        return send(res, 403, {
          message: "Unable to create comment because issue is locked.",
          documentation_url: "https://docs.github.com/articles/locking-conversations/",
          status: "403",
        });
      }
      issue.comments.push(String(body.body));
      return send(res, 201, { id: issue.comments.length, body: body.body });
    }
    if (!number[2] && req.method === "PATCH") {
      if (typeof body.body === "string") issue.body = body.body;
      if (typeof body.title === "string") issue.title = body.title;
      if (body.state === "open" || body.state === "closed") issue.state = body.state;
      if (typeof body.state_reason === "string") issue.state_reason = body.state_reason;
      return send(res, 200, this.render(issue));
    }
    return send(res, 404, { message: "Not Found" });
  }

  private async secrets(
    req: IncomingMessage,
    res: ServerResponse,
    access: Access,
    path: string,
    rest: string,
  ): Promise<void> {
    // The workflow's own token has no secrets permission at all: GitHub answers 403.
    if (access === "write" || access === "read") {
      return send(res, 403, {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest/actions/secrets",
        status: "403",
      });
    }
    const store = this.stores.get(path);
    if (!store) return send(res, 404, { message: "Not Found", status: "404" });
    if (rest === "public-key" && req.method === "GET") {
      return send(res, 200, {
        key_id: store.keyId,
        key: sodium.to_base64(store.publicKey, sodium.base64_variants.ORIGINAL),
      });
    }
    const match = /^([^/]+)(\/repositories)?$/.exec(rest);
    if (!match) return send(res, 404, { message: "Not Found", status: "404" });
    const name = decodeURIComponent(match[1]!);
    const secret = store.secrets.get(name);
    const org = path.startsWith("orgs/");
    if (req.method === "GET") {
      if (!secret) return send(res, 404, { message: "Not Found", status: "404" });
      if (match[2]) {
        if (this.listingAnswer !== undefined) return send(res, 200, this.listingAnswer);
        const ids = secret.selectedRepositoryIds ?? [];
        const page = Number(new URL(req.url ?? "/", "http://x").searchParams.get("page") ?? 1);
        const perPage = Number(new URL(req.url ?? "/", "http://x").searchParams.get("per_page") ?? 30);
        const slice = ids.slice((page - 1) * perPage, page * perPage);
        return send(res, 200, {
          total_count: ids.length,
          repositories: slice.map((id) => ({ id, name: `repo${id}` })),
        });
      }
      this.onSecretRead?.(secret, ++this.secretReads);
      return send(res, 200, {
        name,
        created_at: secret.updatedAt.toISOString(),
        updated_at: secret.updatedAt.toISOString(),
        ...(org && { visibility: secret.visibility ?? "private" }),
      });
    }
    if (req.method === "PUT" && !match[2]) {
      if (access !== "secrets") {
        return send(res, 403, { message: "Resource not accessible by personal access token", status: "403" });
      }
      const body = await readJson(req);
      const answer = this.putAnswer;
      if (answer && !answer.store) {
        res.writeHead(answer.status, answer.headers ?? {});
        res.end(answer.body ?? "");
        return;
      }
      if (body.key_id !== store.keyId || typeof body.encrypted_value !== "string") {
        return send(res, 422, {
          message: "Invalid request. key_id does not match the public key.",
          status: "422",
        });
      }
      let value: string | undefined;
      try {
        const sealed = sodium.from_base64(body.encrypted_value, sodium.base64_variants.ORIGINAL);
        value = sodium.to_string(sodium.crypto_box_seal_open(sealed, store.publicKey, store.privateKey));
      } catch {
        value = undefined; // GitHub accepts what it cannot check; the value is then unreadable
      }
      const stored: StoredSecret = {
        value,
        updatedAt: new Date(),
        puts: (secret?.puts ?? 0) + 1,
        ...(org && { visibility: String(body.visibility) }),
        ...(org &&
          Array.isArray(body.selected_repository_ids) && {
            selectedRepositoryIds: body.selected_repository_ids as number[],
          }),
      };
      store.secrets.set(name, stored);
      if (this.hangPuts) return; // stored, but the answer never comes
      if (answer) {
        res.writeHead(answer.status, answer.headers ?? {});
        res.end(answer.body ?? "");
        return;
      }
      res.writeHead(secret ? 204 : 201);
      res.end();
      return;
    }
    return send(res, 404, { message: "Not Found", status: "404" });
  }

  private list(url: URL, res: ServerResponse): void {
    const state = url.searchParams.get("state") ?? "open";
    const labels = (url.searchParams.get("labels") ?? "").split(",").filter(Boolean);
    const perPage = Number(url.searchParams.get("per_page") ?? 30);
    const page = Number(url.searchParams.get("page") ?? 1);
    const matching = this.issues
      .filter((issue) => state === "all" || issue.state === state)
      .filter((issue) => labels.every((label) => issue.labels.includes(label)))
      .sort((a, b) => b.number - a.number);
    const slice = matching.slice((page - 1) * perPage, page * perPage);
    if (page * perPage < matching.length) {
      const next = new URL(url.toString());
      next.searchParams.set("page", String(page + 1));
      res.setHeader("link", `<${this.linkBase ?? this.url}${next.pathname}${next.search}>; rel="next"`);
    }
    send(
      res,
      200,
      slice.map((issue) => this.render(issue)),
    );
  }

  private render(issue: StoredIssue) {
    return {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.state_reason ?? null,
      locked: issue.locked ?? false,
      labels: issue.labels.map((name) => ({ name })),
      assignees: issue.assignees.map((login) => ({ login })),
      html_url: `https://github.example.com/${this.repository}/${issue.pullRequest ? "pull" : "issues"}/${issue.number}`,
      ...(issue.pullRequest && { pull_request: { url: `${this.url}/pulls/${issue.number}` } }),
    };
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      try {
        resolve(text ? (JSON.parse(text) as Record<string, unknown>) : {});
      } catch {
        resolve({});
      }
    });
  });
}
