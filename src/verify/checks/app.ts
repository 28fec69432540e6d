import type { Check } from "../check.js";
import type { CheckInput } from "./input.js";

/** With app-id, the token must belong to that app. */
export function appCheck({ settings, token: data }: CheckInput): Check | undefined {
  if (!settings.app) return undefined;
  const same = data.app_id === settings.app.id;
  return same
    ? {
        id: "app",
        title: "Belongs to the app",
        status: "ok",
        value: `${data.application ?? "app"} (${data.app_id})`,
      }
    : {
        id: "app",
        title: "Belongs to the app",
        status: "failed",
        value: `no: it belongs to app ${data.app_id ?? "unknown"}`,
        fix: `Generate the token in the app ${settings.app.id}, or correct app-id.`,
      };
}
