/** What the Graph API said about the token, the phone number and the test message. */
import type { GraphCallError, GraphErrorBody } from "../graph/errors.js";

/** debug_token's `data` (fields absent for unparseable tokens; `0` timestamps mean never). */
export interface TokenData {
  app_id?: string;
  type?: string;
  application?: string;
  data_access_expires_at?: number;
  expires_at?: number;
  is_valid: boolean;
  issued_at?: number;
  scopes?: string[];
  granular_scopes?: { scope: string; target_ids?: string[] }[];
  user_id?: string;
  profile_id?: string;
  error?: GraphErrorBody;
}

export interface PhoneNumber {
  id?: string;
  display_phone_number?: string;
  verified_name?: string;
  quality_rating?: string;
  code_verification_status?: string;
  status?: string;
  name_status?: string;
  platform_type?: string;
}

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
