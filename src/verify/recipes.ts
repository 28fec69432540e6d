/**
 * The long recipes a fix points to. A report shows each one once, at its end, however many checks
 * link to it. Inline code is marked with backticks; each report renders it its own way.
 */
export type RecipeId = "system-user" | "refresh-60-day" | "assign-assets";

export interface Recipe {
  id: RecipeId;
  title: string;
  /** How a row links to it. */
  label: string;
  steps: readonly string[];
}

export const RECIPES: Record<RecipeId, Recipe> = {
  "system-user": {
    id: "system-user",
    title: "A token that does not expire: a system-user token",
    label: "system-user token",
    steps: [
      "Business Settings → Users → System users → Add: a name, role Admin (or Employee).",
      "Assign assets: the app (full control) and the WhatsApp account (full control).",
      "Generate new token: choose the app, expiration Never, tick `whatsapp_business_messaging` and `whatsapp_business_management`.",
      "Store it as the repository secret (for example `WHATSAPP_TOKEN`) and run the check again.",
    ],
  },
  "refresh-60-day": {
    id: "refresh-60-day",
    title: "Refresh a 60-day system-user token",
    label: "refresh a 60-day token",
    steps: [
      "Before it expires, exchange it for a new one: `GET /oauth/access_token?grant_type=fb_exchange_token&client_id={app-id}&client_secret={app-secret}&set_token_expires_in_60_days=true&fb_exchange_token={token}`.",
      "Store the new token as the secret; an expired token cannot be refreshed, only replaced.",
    ],
  },
  "assign-assets": {
    id: "assign-assets",
    title: "Give the system user the WhatsApp account",
    label: "assign the account",
    steps: [
      "Business Settings → Users → System users → (the user) → Assign assets.",
      "Choose the WhatsApp account (and the app), full control, then generate a new token.",
    ],
  },
};
