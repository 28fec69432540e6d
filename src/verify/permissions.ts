/**
 * Permission names `required-scopes` accepts. A typo in a permission would otherwise make a
 * required scope impossible to satisfy, or (worse) silently never checked, so names outside this
 * list are rejected with the closest known name.
 */
import { nearest } from "../edit-distance.js";

export const KNOWN_PERMISSIONS = [
  "whatsapp_business_messaging",
  "whatsapp_business_management",
  "whatsapp_business_manage_events",
  "business_management",
  "public_profile",
  "email",
  "pages_show_list",
  "pages_messaging",
  "pages_manage_metadata",
  "pages_read_engagement",
  "pages_manage_posts",
  "pages_read_user_content",
  "pages_manage_engagement",
  "instagram_basic",
  "instagram_manage_messages",
  "instagram_manage_comments",
  "instagram_content_publish",
  "instagram_manage_insights",
  "instagram_business_basic",
  "instagram_business_manage_messages",
  "ads_management",
  "ads_read",
  "read_insights",
  "catalog_management",
  "leads_retrieval",
  "manage_app_solution",
  "commerce_account_read_settings",
  "commerce_account_manage_orders",
  "private_computation_access",
] as const;

export const WHATSAPP_SCOPES = ["whatsapp_business_messaging", "whatsapp_business_management"];

/** The known permission close to `name`, for "did you mean" messages; none for an unrelated word. */
export function closestPermission(name: string): string | undefined {
  return nearest(name, KNOWN_PERMISSIONS);
}
