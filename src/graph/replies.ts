/**
 * The shape of every Graph API reply this project reads, one schema per endpoint, checked at the
 * client boundary (see shape.ts). Field types follow shared/graph-api.md: ids are text, times are
 * Unix seconds (`0` = never), `target_ids` is omitted when a grant covers every asset.
 */
import {
  durationSeconds,
  either,
  flag,
  graphId,
  integer,
  list,
  object,
  optional,
  type Shape,
  text,
  unixSeconds,
} from "./shape.js";

const code = integer(0, Number.MAX_SAFE_INTEGER, "a numeric code");

/** A Graph error: the top-level `error` of a failed call, or debug_token's `data.error`. */
export const GRAPH_ERROR = object({
  message: optional(text),
  type: optional(text),
  code: optional(code),
  error_subcode: optional(code),
  subcode: optional(code),
  error_user_msg: optional(text),
  error_user_title: optional(text),
  is_transient: optional(flag),
  error_data: optional(object({ details: optional(text) })),
  fbtrace_id: optional(text),
});

/** `GET /debug_token`: `data` describes the inspected token. */
export const DEBUG_TOKEN = object({
  data: object({
    app_id: optional(graphId),
    type: optional(text),
    application: optional(text),
    data_access_expires_at: optional(unixSeconds),
    expires_at: optional(unixSeconds),
    is_valid: flag,
    issued_at: optional(unixSeconds),
    scopes: optional(list(text)),
    granular_scopes: optional(list(object({ scope: text, target_ids: optional(list(graphId)) }))),
    user_id: optional(graphId),
    profile_id: optional(graphId),
    error: optional(GRAPH_ERROR),
  }),
});

/** `GET /{phone-number-id}` (the fields wa-token-guard asks for). */
export const PHONE_NUMBER = object({
  id: optional(graphId),
  display_phone_number: optional(text),
  verified_name: optional(text),
  quality_rating: optional(text),
  code_verification_status: optional(text),
  status: optional(text),
  name_status: optional(text),
  platform_type: optional(text),
  throughput: optional(object({ level: optional(text) })),
});

/** `POST /{phone-number-id}/messages`: accepted, with the message id (`message_status` for templates). */
export const SENT_MESSAGE = object({
  messaging_product: optional(text),
  contacts: optional(list(object({ input: optional(text), wa_id: optional(text), user_id: optional(text) }))),
  messages: list(object({ id: text, message_status: optional(text) }), { min: 1 }),
});

/** `oauth/access_token` (refresh / exchange): a new token. `expires_in` may be missing. */
export const ACCESS_TOKEN = object({
  access_token: text,
  token_type: optional(text),
  expires_in: optional(durationSeconds),
});

/** `oauth/revoke`: `{"success": "true"}` in Meta's example (a string), or a boolean. */
export const REVOKE = object({
  success: either(flag, text),
});

export type ReplyOf<S> = S extends Shape<infer T> ? T : never;
export type TokenData = ReplyOf<typeof DEBUG_TOKEN>["data"];
export type PhoneNumber = ReplyOf<typeof PHONE_NUMBER>;
export type GraphErrorReply = ReplyOf<typeof GRAPH_ERROR>;
