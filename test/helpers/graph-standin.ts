/**
 * A stand-in for the Meta Graph API on 127.0.0.1, answering as the real one does according to
 * shared/graph-api.md: an invalid input_token gets HTTP 200 with data.error (only caller-side
 * problems are top-level errors), rate limits come as HTTP 400, `expires_at: 0` means never,
 * appsecret_proof is HMAC-SHA256 of the calling token keyed by the app secret, and so on.
 * Self-contained (node built-ins only) so that the demo script can run it too.
 */
import { createHmac, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

export interface AppProfile {
  secret: string;
  /** "Require App Secret": every call must carry a valid appsecret_proof. */
  requireProof?: boolean;
}

export interface TokenProfile {
  /** What debug_token returns as `data` for this token. */
  data: Record<string, unknown>;
  /** WABA ids this token's user was given (undefined: all). */
  wabas?: string[];
  /** Meta's usage headers (X-App-Usage, X-Business-Use-Case-Usage) on every reply about this token. */
  usageHeaders?: Record<string, string>;
  /** An admin of this Business Manager: may generate tokens for its system users. */
  adminOf?: string;
}

/** A system user, for `POST /{system-user-id}/access_tokens`. */
export interface SystemUserProfile {
  business: string;
}

export interface PhoneProfile {
  waba: string;
  info: Record<string, unknown>;
  /** A test number: it may only message these recipients (error 131030 otherwise). */
  allowedRecipients?: string[];
}

export type Fault =
  | {
      kind: "rate-limit";
      code?: number;
      /** A Retry-After header (seconds), which Meta does not document but proxies send. */
      retryAfter?: number;
      /** `estimated_time_to_regain_access` (minutes) in X-Business-Use-Case-Usage. */
      regainMinutes?: number;
    }
  /** Any reply: for wrong types, odd statuses and headers. */
  | { kind: "reply"; status?: number; body: string; headers?: Record<string, string> }
  /** A reply of `bytes` bytes, streamed as long as the client reads (JSON-looking). */
  | { kind: "huge"; bytes: number }
  | { kind: "server-error"; status?: number; body?: string }
  | { kind: "html" }
  | { kind: "empty" }
  | { kind: "truncated" }
  | { kind: "garbage" }
  | { kind: "hang" }
  | { kind: "reset" }
  /** The request is carried out, then the connection drops before the answer: a lost reply. */
  | { kind: "lost-answer" };

export interface StandinConfig {
  apps: Record<string, AppProfile>;
  tokens: Record<string, TokenProfile>;
  phones?: Record<string, PhoneProfile>;
  templates?: string[];
  /** Recipients who wrote to the business in the last 24 hours (free text allowed). */
  openWindows?: string[];
  systemUsers?: Record<string, SystemUserProfile>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  url: string;
  authorization?: string;
  contentType?: string;
  query: Record<string, string>;
  /** A JSON body, parsed (or the text when it is not JSON). */
  body?: unknown;
  /** A form-encoded body, parsed. */
  form?: Record<string, string>;
}

const TRACE = "AbCdEfGhIjKlMnOpQrStUvW";

export class GraphStandin {
  readonly requests: RecordedRequest[] = [];
  /** Tokens minted by oauth/access_token and POST /{system-user-id}/access_tokens, newest last. */
  readonly issued: string[] = [];
  /** Tokens revoked through oauth/revoke, in order. */
  readonly revoked: string[] = [];
  /** Fields merged into the debug_token data of every token minted (to make one fail a check). */
  issueOverrides: Record<string, unknown> = {};
  /** oauth/access_token answers with the very token it was given (a refresh that changed nothing). */
  refreshReturnsSame = false;
  /** The error code for a wrong client_secret: 101 here by default; Meta may also send 1 (graph-api.md 12.1). */
  clientSecretErrorCode = 101;
  /**
   * The stand-in's "now", in milliseconds: a token is expired once this passes its expires_at,
   * and minted tokens are dated by it. Set it to the action's shifted clock (clockFrom) when the
   * action runs on another day.
   */
  clock: () => number = () => Date.now();
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private faults: { fault: Fault; times: number; path?: RegExp }[] = [];
  url = "";

  private readonly config: StandinConfig;

  // A plain field, not a parameter property: the demo script runs this file with Node's type
  // stripping, which supports only erasable syntax.
  constructor(config: StandinConfig) {
    this.config = config;
  }

  /** The next `times` requests (whose path matches, if given) get this fault instead of an answer. */
  fail(fault: Fault, times = 1, path?: RegExp): this {
    this.faults.push({ fault, times, ...(path && { path }) });
    return this;
  }

  /** Forgets faults not yet used, so that one test's setup never leaks into the next. */
  clearFaults(): void {
    this.faults = [];
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: Error) => {
        res.statusCode = 500;
        res.end(`stand-in bug: ${error.message}`);
      });
    });
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<undefined> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const text = await readBody(req);
    const query = Object.fromEntries(url.searchParams);
    const contentType = req.headers["content-type"];
    const isForm = contentType?.startsWith("application/x-www-form-urlencoded") ?? false;
    const form = isForm ? Object.fromEntries(new URLSearchParams(text)) : undefined;
    const body = text && !isForm ? safeJson(text) : undefined;
    const authorization = req.headers.authorization;
    this.requests.push({
      method: req.method ?? "GET",
      path: url.pathname,
      url: req.url ?? "",
      query,
      ...(authorization && { authorization }),
      ...(contentType && { contentType }),
      ...(body !== undefined && { body }),
      ...(form && { form }),
    });

    const fault = this.takeFault(url.pathname);
    if (fault?.kind === "lost-answer") {
      // Carry the request out, then hang up instead of answering.
      res.writeHead = () => res;
      res.end = () => {
        req.socket.destroy();
        return res;
      };
    } else if (fault) return this.injure(fault, req, res);

    const match = /^\/v\d+\.\d+\/(.+)$/.exec(url.pathname);
    if (!match)
      return error(res, 400, {
        message: `Unknown path components: ${url.pathname}`,
        type: "OAuthException",
        code: 2500,
      });
    const segments = match[1]!.split("/");
    const caller = authorization?.startsWith("Bearer ") ? authorization.slice(7) : query.access_token;

    if (segments[0] === "debug_token" && segments.length === 1) return this.debugToken(res, caller, query);
    // The OAuth endpoints take their parameters from the query (GET) or a form body (POST) alike.
    const params = { ...query, ...form };
    if (segments.join("/") === "oauth/access_token") return this.exchangeToken(res, params);
    if (segments.join("/") === "oauth/revoke") return this.revokeToken(res, caller, params);
    if (segments.length === 2 && segments[1] === "access_tokens" && req.method === "POST") {
      return this.generateToken(res, caller, params, segments[0]!);
    }
    const phone = this.config.phones?.[segments[0]!];
    if (segments.length === 1 && req.method === "GET")
      return this.readPhone(res, caller, query, segments[0]!, phone);
    if (segments.length === 2 && segments[1] === "messages" && req.method === "POST") {
      return this.sendMessage(res, caller, query, segments[0]!, phone, body);
    }
    return error(res, 400, {
      message: `Unsupported ${req.method?.toLowerCase()} request.`,
      type: "GraphMethodException",
      code: 100,
    });
  }

  private takeFault(path: string): Fault | undefined {
    const entry = this.faults.find((f) => f.times > 0 && (!f.path || f.path.test(path)));
    if (!entry) return undefined;
    entry.times--;
    return entry.fault;
  }

  private injure(fault: Fault, req: IncomingMessage, res: ServerResponse): undefined {
    switch (fault.kind) {
      case "rate-limit": {
        const code = fault.code ?? 4;
        res.setHeader("x-app-usage", JSON.stringify({ call_count: 100, total_time: 40, total_cputime: 30 }));
        if (fault.retryAfter !== undefined) res.setHeader("retry-after", String(fault.retryAfter));
        if (fault.regainMinutes !== undefined) {
          res.setHeader(
            "x-business-use-case-usage",
            JSON.stringify({
              "300000000000003": [
                {
                  type: "whatsapp_business_management",
                  call_count: 100,
                  total_cputime: 12,
                  total_time: 14,
                  estimated_time_to_regain_access: fault.regainMinutes,
                },
              ],
            }),
          );
        }
        return error(res, 400, {
          message: code === 4 ? "(#4) Application request limit reached" : `(#${code}) Rate limit hit`,
          type: "OAuthException",
          code,
          is_transient: true,
        });
      }
      case "server-error":
        res.writeHead(fault.status ?? 500, { "content-type": "text/html" });
        res.end(fault.body ?? "<html><body><h1>500 Internal Server Error</h1></body></html>");
        return undefined;
      case "html":
        res.writeHead(200, { "content-type": "text/html" });
        res.end(
          "<!DOCTYPE html><html><head><title>Facebook</title></head><body>Sorry, something went wrong.</body></html>",
        );
        return undefined;
      case "empty":
        res.writeHead(200, { "content-type": "application/json" });
        res.end();
        return undefined;
      case "truncated":
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"data":{"app_id":"1000000000000');
        return undefined;
      case "garbage":
        res.writeHead(200, { "content-type": "application/json" });
        res.end("\u0000\u0001not json at all");
        return undefined;
      case "reply":
        res.writeHead(fault.status ?? 200, { "content-type": "application/json", ...fault.headers });
        res.end(fault.body);
        return undefined;
      case "huge":
        streamHuge(res, fault.bytes);
        return undefined;
      case "hang":
        return undefined; // never answer; the socket is destroyed when the stand-in stops
      case "reset":
      case "lost-answer":
        req.socket.destroy();
        return;
    }
  }

  /** Checks the caller: a known app token, or a token in the registry. Answers an error if not. */
  private authorize(
    res: ServerResponse,
    caller: string | undefined,
    query: Record<string, string>,
    missing: "debug" | "data",
  ) {
    if (!caller) {
      return error(
        res,
        400,
        missing === "debug"
          ? {
              message:
                "(#100) You must provide an app access token, or a user access token that is an owner or developer of the app",
              type: "OAuthException",
              code: 100,
            }
          : {
              message: "An access token is required to request this resource.",
              type: "OAuthException",
              code: 104,
            },
      );
    }
    const [appId, appSecret] = caller.includes("|") ? caller.split("|") : [];
    let app: AppProfile | undefined;
    let profile: TokenProfile | undefined;
    if (appId !== undefined) {
      app = this.config.apps[appId];
      if (!app || app.secret !== appSecret) {
        return error(res, 400, {
          message: "Invalid OAuth access token signature.",
          type: "OAuthException",
          code: 190,
        });
      }
    } else {
      profile = this.config.tokens[caller];
      if (!profile) return error(res, 400, cannotParse(caller));
      const data = this.asOfNow(profile);
      if (data.is_valid === false) {
        const inner = (data.error ?? { code: 190, message: "Invalid OAuth access token." }) as {
          code: number;
          message: string;
          subcode?: number;
        };
        return error(res, 400, {
          message: inner.message,
          type: "OAuthException",
          code: inner.code,
          ...(inner.subcode && { error_subcode: inner.subcode }),
        });
      }
      app = this.config.apps[String(data.app_id)];
    }
    if (app?.requireProof) {
      const wrong = proofError(app, caller, query.appsecret_proof);
      if (wrong) return error(res, 400, wrong);
    }
    return { appId: appId ?? String(profile?.data.app_id), profile };
  }

  private debugToken(
    res: ServerResponse,
    caller: string | undefined,
    query: Record<string, string>,
  ): undefined {
    const who = this.authorize(res, caller, query, "debug");
    if (!who) return;
    const input = query.input_token;
    if (!input)
      return error(res, 400, {
        message: "(#100) The parameter input_token is required",
        type: "OAuthException",
        code: 100,
      });
    const inspected = this.config.tokens[input];
    for (const [name, value] of Object.entries(inspected?.usageHeaders ?? {})) res.setHeader(name, value);
    if (!inspected) {
      return json(res, 200, {
        data: { error: { code: 190, message: cannotParse(input).message }, is_valid: false, scopes: [] },
      });
    }
    // Only the app itself, or the token's own (system) user, may inspect it.
    const sameApp = String(inspected.data.app_id) === who.appId;
    if (!sameApp) {
      return error(res, 400, {
        message:
          "(#100) You must provide an app access token, or a user access token that is an owner or developer of the app",
        type: "OAuthException",
        code: 100,
      });
    }
    return json(res, 200, { data: this.asOfNow(inspected) });
  }

  /** A token's debug_token data as Meta gives it now: past its expires_at, it is expired (190/463). */
  private asOfNow(profile: TokenProfile): Record<string, unknown> {
    const data = profile.data;
    const expiresAt = data.expires_at;
    const past = typeof expiresAt === "number" && expiresAt > 0 && expiresAt * 1000 <= this.clock();
    if (!past || data.is_valid === false) return data;
    const when = new Date(expiresAt * 1000).toUTCString();
    return {
      ...data,
      is_valid: false,
      error: {
        code: 190,
        message: `Error validating access token: Session has expired on ${when}.`,
        subcode: 463,
      },
    };
  }

  /**
   * `oauth/access_token?grant_type=fb_exchange_token`: a new token of the same kind, valid 60
   * days from now (the old one keeps working). Wrong client_secret: code 101; an expired or
   * unknown fb_exchange_token: code 190 (graph-api.md 12.1).
   */
  private exchangeToken(res: ServerResponse, params: Record<string, string>): undefined {
    if (params.grant_type !== "fb_exchange_token") {
      return error(res, 400, {
        message: "(#100) Unsupported grant_type",
        type: "OAuthException",
        code: 100,
      });
    }
    if (!this.clientSecretMatches(res, params)) return;
    const current = this.config.tokens[params.fb_exchange_token ?? ""];
    if (!current || !this.asOfNow(current).is_valid || String(current.data.app_id) !== params.client_id) {
      return error(res, 400, {
        message: current
          ? "Error validating access token: Session has expired."
          : cannotParse(params.fb_exchange_token ?? "").message,
        type: "OAuthException",
        code: 190,
        ...(current && { error_subcode: 463 }),
      });
    }
    const expiresIn = 60 * 86_400;
    if (this.refreshReturnsSame) {
      return json(res, 200, {
        access_token: params.fb_exchange_token,
        token_type: "bearer",
        expires_in: Number(current.data.expires_at) - Math.floor(this.clock() / 1000),
      });
    }
    const token = mintToken(params.client_id!);
    const now = Math.floor(this.clock() / 1000);
    this.config.tokens[token] = {
      ...current,
      data: {
        ...current.data,
        issued_at: now,
        ...(params.set_token_expires_in_60_days === "true" && { expires_at: now + expiresIn }),
        ...this.issueOverrides,
      },
    };
    this.issued.push(token);
    return json(res, 200, { access_token: token, token_type: "bearer", expires_in: expiresIn - 56 });
  }

  /** OAuth calls name their app by client_id and prove it with client_secret. */
  private clientSecretMatches(res: ServerResponse, params: Record<string, string>): boolean {
    const app = this.config.apps[params.client_id ?? ""];
    if (app && app.secret === params.client_secret) return true;
    error(res, 400, {
      message: "Error validating client secret.",
      type: "OAuthException",
      code: this.clientSecretErrorCode,
    });
    return false;
  }

  /** `oauth/revoke`: the token stops working at once; `{"success":"true"}` (a string, as in Meta's example). */
  private revokeToken(
    res: ServerResponse,
    caller: string | undefined,
    params: Record<string, string>,
  ): undefined {
    if (!this.clientSecretMatches(res, params)) return;
    const who = this.authorize(res, caller, params, "debug");
    if (!who) return;
    const target = this.config.tokens[params.revoke_token ?? ""];
    if (!target || String(target.data.app_id) !== params.client_id || who.appId !== params.client_id) {
      return error(res, 400, {
        message: "(#100) The token to revoke does not belong to this app",
        type: "OAuthException",
        code: 100,
      });
    }
    target.data = {
      ...target.data,
      is_valid: false,
      scopes: [],
      error: {
        code: 190,
        message: "Error validating access token: The session was invalidated explicitly using an API call.",
        subcode: 466,
      },
    };
    this.revoked.push(params.revoke_token!);
    return json(res, 200, { success: "true" });
  }

  /**
   * `POST /{system-user-id}/access_tokens` (graph-api.md 12.1): called with the token of an admin
   * of the same Business Manager, always with appsecret_proof; answers `{"access_token"}`, a token
   * that never expires unless set_token_expires_in_60_days=true.
   */
  private generateToken(
    res: ServerResponse,
    caller: string | undefined,
    params: Record<string, string>,
    systemUserId: string,
  ): undefined {
    const app = this.config.apps[params.business_app ?? ""];
    if (!app)
      return error(res, 400, { message: "(#100) Invalid business_app", type: "OAuthException", code: 100 });
    if (!caller) {
      return error(res, 400, {
        message: "An access token is required to request this resource.",
        type: "OAuthException",
        code: 104,
      });
    }
    const wrong = proofError(app, caller, params.appsecret_proof);
    if (wrong) return error(res, 400, wrong);
    const who = this.authorize(res, caller, {}, "data");
    if (!who) return;
    const systemUser = this.config.systemUsers?.[systemUserId];
    if (!systemUser) return error(res, 400, unsupported(systemUserId));
    if (who.profile?.adminOf !== systemUser.business) {
      return error(res, 403, { message: "(#200) Permissions error", type: "OAuthException", code: 200 });
    }
    const scopes = (params.scope ?? "").split(",").filter(Boolean);
    if (scopes.length === 0) {
      return error(res, 400, {
        message: "(#100) The parameter scope is required",
        type: "OAuthException",
        code: 100,
      });
    }
    const now = Math.floor(this.clock() / 1000);
    const token = mintToken(params.business_app!);
    const sibling = Object.values(this.config.tokens).find(
      (profile) => profile.data.user_id === systemUserId,
    );
    this.config.tokens[token] = {
      ...(sibling?.wabas && { wabas: sibling.wabas }),
      data: {
        app_id: params.business_app,
        type: "SYSTEM_USER",
        application: sibling?.data.application,
        is_valid: true,
        issued_at: now,
        expires_at: params.set_token_expires_in_60_days === "true" ? now + 60 * 86_400 : 0,
        data_access_expires_at: 0,
        scopes,
        granular_scopes: scopes.map((scope) => ({ scope })),
        user_id: systemUserId,
        ...this.issueOverrides,
      },
    };
    this.issued.push(token);
    return json(res, 200, { access_token: token });
  }

  private readPhone(
    res: ServerResponse,
    caller: string | undefined,
    query: Record<string, string>,
    id: string,
    phone: PhoneProfile | undefined,
  ): undefined {
    const who = this.authorize(res, caller, query, "data");
    if (!who) return;
    if (!phone) return error(res, 400, unsupported(id));
    if (who.profile?.wabas && !who.profile.wabas.includes(phone.waba)) {
      return error(res, 403, { message: "(#200) Permissions error", type: "OAuthException", code: 200 });
    }
    const fields = query.fields?.split(",") ?? [
      "id",
      "display_phone_number",
      "verified_name",
      "quality_rating",
    ];
    const info = Object.fromEntries(
      Object.entries({ id, ...phone.info }).filter(([key]) => key === "id" || fields.includes(key)),
    );
    return json(res, 200, info);
  }

  private sendMessage(
    res: ServerResponse,
    caller: string | undefined,
    query: Record<string, string>,
    id: string,
    phone: PhoneProfile | undefined,
    body: unknown,
  ): undefined {
    const who = this.authorize(res, caller, query, "data");
    if (!who) return;
    if (!phone) return error(res, 400, unsupported(id));
    const scopes = (who.profile?.data.scopes as string[] | undefined) ?? [];
    if (!scopes.includes("whatsapp_business_messaging")) {
      return error(res, 403, {
        message: "(#10) Application does not have permission for this action",
        type: "OAuthException",
        code: 10,
      });
    }
    const message = body as {
      messaging_product?: string;
      to?: string;
      /** A business-scoped user id, instead of `to`. */
      recipient?: string;
      type?: string;
      template?: { name?: string };
    };
    if (message?.messaging_product !== "whatsapp") {
      return error(res, 400, {
        message: "(#100) The parameter messaging_product is required.",
        type: "OAuthException",
        code: 100,
      });
    }
    if ((message.to === undefined) === (message.recipient === undefined)) {
      return error(res, 400, {
        message:
          message.to === undefined
            ? "(#100) The parameter to is required."
            : "(#100) Param to and recipient cannot be set together",
        type: "OAuthException",
        code: 100,
      });
    }
    const to = message.to ?? message.recipient ?? "";
    if (phone.allowedRecipients && !phone.allowedRecipients.includes(to)) {
      return error(
        res,
        400,
        whatsappError(
          131030,
          "Recipient phone number not in allowed list",
          "Add recipient phone number to recipient list and try again.",
        ),
      );
    }
    if (message.type === "template") {
      const templates = this.config.templates ?? ["hello_world"];
      if (!templates.includes(message.template?.name ?? "")) {
        return error(
          res,
          404,
          whatsappError(
            132001,
            "Template name does not exist in the translation",
            `template name (${message.template?.name}) does not exist in en_US`,
          ),
        );
      }
    } else if (!(this.config.openWindows ?? []).includes(to)) {
      return error(
        res,
        400,
        whatsappError(
          131047,
          "Re-engagement message",
          "Message failed to send because more than 24 hours have passed since the customer last replied to this number.",
        ),
      );
    }
    return json(res, 200, {
      messaging_product: "whatsapp",
      contacts: [
        message.to === undefined ? { input: to, user_id: to } : { input: to, wa_id: to.replace("+", "") },
      ],
      messages: [
        {
          id: `wamid.HBgL${Buffer.from(to).toString("base64")}`,
          ...(message.type === "template" && { message_status: "accepted" }),
        },
      ],
    });
  }
}

/** The error for a missing or wrong appsecret_proof (HMAC-SHA256 of the calling token), if any. */
function proofError(app: AppProfile, caller: string, proof: string | undefined) {
  if (!proof) {
    return {
      message: "API calls from the server require an appsecret_proof argument",
      type: "GraphMethodException",
      code: 100,
    };
  }
  if (proof !== createHmac("sha256", app.secret).update(caller).digest("hex")) {
    return {
      message: "Invalid appsecret_proof provided in the API argument",
      type: "GraphMethodException",
      code: 100,
    };
  }
  return undefined;
}

/** A token of the app, as Meta shapes them: `EAA…` (base64 of 0x10 and app_id << 2), then base62. */
function mintToken(appId: string): string {
  const head = Buffer.alloc(9);
  head[0] = 0x10;
  head.writeBigUInt64BE(BigInt(appId) << 2n, 1);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const tail = [...randomBytes(176)].map((byte) => alphabet[byte % alphabet.length]).join("");
  return `${head.toString("base64")}${tail}ZD`;
}

/** Writes `bytes` of one never-ending JSON string, pausing whenever the client is slower. */
function streamHuge(res: ServerResponse, bytes: number): void {
  res.writeHead(200, { "content-type": "application/json" });
  const chunk = Buffer.alloc(64 * 1024, "a");
  let sent = 0;
  const pump = () => {
    if (sent === 0) {
      res.write('{"data":{"application":"');
    }
    while (sent < bytes && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once("drain", pump);
        return;
      }
    }
    if (!res.destroyed) res.end('"}}');
  };
  res.on("error", () => {});
  pump();
}

function cannotParse(token: string) {
  return {
    message: token.startsWith("EAA")
      ? "The access token could not be decrypted"
      : "Invalid OAuth access token - Cannot parse access token",
    type: "OAuthException",
    code: 190,
  };
}

function unsupported(id: string) {
  return {
    message: `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
    type: "GraphMethodException",
    code: 100,
    error_subcode: 33,
  };
}

function whatsappError(code: number, title: string, details: string) {
  return {
    message: `(#${code}) ${title}`,
    type: "OAuthException",
    code,
    error_data: { messaging_product: "whatsapp", details },
  };
}

function error(res: ServerResponse, status: number, body: Record<string, unknown>): undefined {
  json(res, status, { error: { ...body, fbtrace_id: TRACE } });
  return undefined;
}

function json(res: ServerResponse, status: number, body: unknown): undefined {
  res.writeHead(status, { "content-type": "application/json; charset=UTF-8" });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
