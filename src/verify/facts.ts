/** What the Graph API said about the token, the phone number and the test message. */
import { type GraphCallError, GraphUnansweredError } from "../graph/errors.js";
import type { PhoneNumber, TokenData } from "../graph/replies.js";

// The reply types are the Graph client's schemas (checked at the boundary): one definition.
export type { PhoneNumber, TokenData } from "../graph/replies.js";

export interface SentMessage {
  id: string;
  status?: string;
}

/** Meta's usage headers, read from the replies the checks needed anyway (percent of a limit). */
export interface Usage {
  /** X-Business-Use-Case-Usage: per business object (the WhatsApp account), the highest entry. */
  accounts: { id: string; type?: string; percent: number; regainMinutes?: number }[];
  /** X-App-Usage: the app's platform limit. */
  app?: number;
  /** Headers Meta sent that held no readable percentage (not the documented JSON). */
  unreadable?: string[];
}

export interface Facts {
  now: Date;
  usage?: Usage;
  token?: TokenData;
  tokenError?: GraphCallError;
  phone?: PhoneNumber;
  phoneError?: GraphCallError;
  message?: SentMessage;
  messageError?: GraphCallError;
}

/**
 * The question got no answer: the API was unreachable, timed out, answered something that is not
 * a Graph reply, or rate-limited or failed transiently for the whole time budget. That says
 * nothing about the token, so it is its own state, never "invalid".
 */
export function isUnanswered(error: GraphCallError): boolean {
  return error instanceof GraphUnansweredError;
}
