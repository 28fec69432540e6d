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
    title: "A token that renews itself: a 60-day system-user token, rotated",
    label: "system-user token",
    steps: [
      "Business Settings → Users → System users → Add: a name, role Admin (or Employee).",
      "Assign assets: the app (full control) and the WhatsApp account (full control).",
      "Generate new token: choose the app, the 60-day expiration (Meta's recommended, safer choice), tick `whatsapp_business_messaging` and `whatsapp_business_management`.",
      "Store it as the repository secret (for example `WHATSAPP_TOKEN`) and run the check again.",
      "Let the token watch renew it before it expires: `rotate: true` with `app-id`, `app-secret` and `rotate-github-token` (docs/rotation.md).",
    ],
  },
  "refresh-60-day": {
    id: "refresh-60-day",
    title: "Refresh a 60-day system-user token",
    label: "refresh a 60-day token",
    steps: [
      "Let wa-token-guard do it: `rotate: true` in the token watch, or `wa-token-guard rotate` on a laptop (docs/rotation.md): it refreshes, checks the new token and stores it.",
      "An expired token cannot be refreshed, only replaced: generate a new one before that.",
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
