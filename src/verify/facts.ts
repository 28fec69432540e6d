/** What the Graph API said about the token, the phone number and the test message. */
import type { GraphCallError } from "../graph/errors.js";
import type { PhoneNumber, TokenData } from "../graph/replies.js";

// The reply types are the Graph client's schemas (checked at the boundary): one definition.
export type { PhoneNumber, TokenData } from "../graph/replies.js";

export interface SentMessage {
  id: string;
  status?: string;
}

export interface Facts {
  now: Date;
  token?: TokenData;
  tokenError?: GraphCallError;
  phone?: PhoneNumber;
  phoneError?: GraphCallError;
  message?: SentMessage;
  messageError?: GraphCallError;
}
