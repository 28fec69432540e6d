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
  shown,
  text,
  unixSeconds,
} from "./shape.js";

/** Every reply value that can be shown is `shown()`: stripped of control characters and capped. */
const name = shown(200);
const code = integer(0, Number.MAX_SAFE_INTEGER, "a numeric code");

/** A Graph error: the top-level `error` of a failed call, or debug_token's `data.error`. */
export const GRAPH_ERROR = object({
  message: optional(shown()),
  type: optional(shown()),
  code: optional(code),
  error_subcode: optional(code),
  subcode: optional(code),
  error_user_msg: optional(shown()),
  error_user_title: optional(shown()),
  is_transient: optional(flag),
  error_data: optional(object({ details: optional(shown()) })),
  fbtrace_id: optional(shown()),
});

/** `GET /debug_token`: `data` describes the inspected token. */
export const DEBUG_TOKEN = object({
  data: object({
    app_id: optional(graphId),
    type: optional(shown()),
    application: optional(shown()),
    data_access_expires_at: optional(unixSeconds),
    expires_at: optional(unixSeconds),
    is_valid: flag,
    issued_at: optional(unixSeconds),
    scopes: optional(list(name, { max: 1000 })),
    granular_scopes: optional(
      list(object({ scope: name, target_ids: optional(list(graphId, { max: 10_000 })) }), { max: 1000 }),
    ),
    user_id: optional(graphId),
    profile_id: optional(graphId),
    error: optional(GRAPH_ERROR),
  }),
});

/** `GET /{phone-number-id}` (the fields wa-token-guard asks for). */
export const PHONE_NUMBER = object({
  id: optional(graphId),
  display_phone_number: optional(shown()),
  verified_name: optional(shown()),
  quality_rating: optional(shown()),
  code_verification_status: optional(shown()),
  status: optional(shown()),
  name_status: optional(shown()),
  platform_type: optional(shown()),
  throughput: optional(object({ level: optional(shown()) })),
});

/** `POST /{phone-number-id}/messages`: accepted, with the message id (`message_status` for templates). */
export const SENT_MESSAGE = object({
  messaging_product: optional(shown()),
  contacts: optional(
    list(object({ input: optional(shown()), wa_id: optional(shown()), user_id: optional(shown()) }), {
      max: 100,
    }),
  ),
  messages: list(object({ id: name, message_status: optional(shown()) }), { min: 1, max: 100 }),
});

/** `oauth/access_token` (refresh / exchange): a new token. `expires_in` may be missing. */
export const ACCESS_TOKEN = object({
  access_token: text,
  token_type: optional(shown()),
  expires_in: optional(durationSeconds),
});

/** `oauth/revoke`: `{"success": "true"}` in Meta's example (a string), or a boolean. */
export const REVOKE = object({
  success: either(flag, shown()),
});

export type ReplyOf<S> = S extends Shape<infer T> ? T : never;
export type TokenData = ReplyOf<typeof DEBUG_TOKEN>["data"];
export type PhoneNumber = ReplyOf<typeof PHONE_NUMBER>;
export type GraphErrorReply = ReplyOf<typeof GRAPH_ERROR>;
