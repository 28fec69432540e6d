/**
 * A Meta app with tokens of every kind, built at run time (no token literal is committed), and
 * times relative to now, as the scenarios in shared/graph-api.md describe them.
 */
import { afterAll, beforeAll } from "vitest";
import { GraphStandin, type StandinConfig } from "./graph-standin.js";
import { accessToken, appSecret } from "./tokens.js";

export const APP_ID = "100000000000001";
export const OTHER_APP_ID = "100000000000009";
export const PROOF_APP_ID = "100000000000007";
export const WABA = "300000000000003";
export const OTHER_WABA = "300000000000099";
export const PHONE_ID = "500000000000005";
export const TEST_PHONE_ID = "500000000000006";
export const RECIPIENT = "+15550001234";
export const FRESH_RECIPIENT = "+15550004321";

const DAY = 86_400;
const WA = ["whatsapp_business_management", "whatsapp_business_messaging"];

export function fixtures(now = Math.floor(Date.now() / 1000)) {
  const secrets = { app: appSecret(), other: appSecret(), proof: appSecret() };
  const t = {
    systemUser: accessToken({ appId: BigInt(APP_ID) }),
    sixtyDay: accessToken({ appId: BigInt(APP_ID) }),
    sixtyDayExpiringSoon: accessToken({ appId: BigInt(APP_ID) }),
    sixtyDayWarning: accessToken({ appId: BigInt(APP_ID) }),
    apiSetup: accessToken({ appId: BigInt(APP_ID) }),
    expired: accessToken({ appId: BigInt(APP_ID) }),
    apiSetupExpired: accessToken({ appId: BigInt(APP_ID) }),
    revoked: accessToken({ appId: BigInt(APP_ID) }),
    noMessaging: accessToken({ appId: BigInt(APP_ID) }),
    restricted: accessToken({ appId: BigInt(APP_ID) }),
    otherApp: accessToken({ appId: BigInt(OTHER_APP_ID) }),
    proofApp: accessToken({ appId: BigInt(PROOF_APP_ID) }),
    unknown: accessToken({ appId: BigInt(APP_ID) }),
    overPrivileged: accessToken({ appId: BigInt(APP_ID) }),
    busy: accessToken({ appId: BigInt(APP_ID) }),
    wrongTypes: accessToken({ appId: BigInt(APP_ID) }),
    secrets,
  };
  const systemUser = (scopes = [...WA, "business_management"], extra: Record<string, unknown> = {}) => ({
    app_id: APP_ID,
    type: "SYSTEM_USER",
    application: "Acme Support Bot",
    data_access_expires_at: 0,
    expires_at: 0,
    is_valid: true,
    issued_at: now - 30 * DAY,
    scopes,
    granular_scopes: scopes.map((scope) => ({ scope })),
    user_id: "200000000000002",
    ...extra,
  });
  const config: StandinConfig = {
    apps: {
      [APP_ID]: { secret: secrets.app },
      [OTHER_APP_ID]: { secret: secrets.other },
      [PROOF_APP_ID]: { secret: secrets.proof, requireProof: true },
    },
    tokens: {
      [t.systemUser]: { data: systemUser() },
      [t.sixtyDay]: {
        data: systemUser(WA, { expires_at: now + 45 * DAY + 3600, issued_at: now - 15 * DAY }),
      },
      [t.sixtyDayWarning]: {
        data: systemUser(WA, { expires_at: now + 10 * DAY + 3600, issued_at: now - 50 * DAY }),
      },
      [t.sixtyDayExpiringSoon]: {
        data: systemUser(WA, { expires_at: now + 2 * DAY + 3600, issued_at: now - 58 * DAY }),
      },
      [t.apiSetup]: {
        data: {
          app_id: APP_ID,
          type: "USER",
          application: "Acme Support Bot",
          data_access_expires_at: now + 90 * DAY,
          expires_at: now + 20 * 3600,
          is_valid: true,
          issued_at: now - 4 * 3600,
          scopes: [...WA, "public_profile"],
          granular_scopes: WA.map((scope) => ({ scope, target_ids: [WABA] })),
          user_id: "400000000000004",
        },
      },
      [t.apiSetupExpired]: {
        data: {
          app_id: APP_ID,
          type: "USER",
          application: "Acme Support Bot",
          data_access_expires_at: now + 90 * DAY,
          error: {
            code: 190,
            message: "Error validating access token: Session has expired on Friday, 02-Jan-26 00:00:00 PST.",
            subcode: 463,
          },
          expires_at: now - 3600,
          is_valid: false,
          issued_at: now - 25 * 3600,
          scopes: [...WA, "public_profile"],
          user_id: "400000000000004",
        },
      },
      [t.expired]: {
        data: {
          app_id: APP_ID,
          type: "USER",
          application: "Acme Support Bot",
          data_access_expires_at: now + 80 * DAY,
          error: {
            code: 190,
            message:
              "Error validating access token: Session has expired on Friday, 02-Jan-26 00:00:00 PST. The current time is Saturday, 03-Jan-26 10:15:00 PST.",
            subcode: 463,
          },
          expires_at: now - DAY,
          is_valid: false,
          issued_at: now - 2 * DAY,
          scopes: WA,
          user_id: "400000000000004",
        },
      },
      [t.revoked]: {
        data: {
          app_id: APP_ID,
          type: "SYSTEM_USER",
          application: "Acme Support Bot",
          data_access_expires_at: 0,
          error: {
            code: 190,
            message:
              "Error validating access token: The session was invalidated explicitly using an API call.",
            subcode: 466,
          },
          expires_at: 0,
          is_valid: false,
          scopes: [],
          user_id: "200000000000002",
        },
      },
      [t.noMessaging]: { data: systemUser(["whatsapp_business_management"]) },
      [t.overPrivileged]: { data: systemUser([...WA, "ads_management", "pages_manage_posts"]) },
      [t.busy]: {
        data: systemUser(),
        usageHeaders: {
          "x-business-use-case-usage": JSON.stringify({
            [WABA]: [
              {
                type: "whatsapp_business_management",
                call_count: 91,
                total_cputime: 12,
                total_time: 14,
                estimated_time_to_regain_access: 0,
              },
            ],
          }),
          "x-app-usage": JSON.stringify({ call_count: 8, total_time: 3, total_cputime: 2 }),
        },
      },
      // A reply with wrong types: scopes as a string, expires_at as text.
      [t.wrongTypes]: { data: systemUser(WA, { scopes: "whatsapp_business_messaging", expires_at: "soon" }) },
      [t.restricted]: {
        data: systemUser(WA, { granular_scopes: WA.map((scope) => ({ scope, target_ids: [OTHER_WABA] })) }),
        wabas: [OTHER_WABA],
      },
      [t.otherApp]: { data: { ...systemUser(), app_id: OTHER_APP_ID, application: "Someone Else" } },
      [t.proofApp]: { data: { ...systemUser(), app_id: PROOF_APP_ID, application: "Locked Down" } },
    },
    phones: {
      [PHONE_ID]: {
        waba: WABA,
        info: {
          display_phone_number: "+1 555-000-1111",
          verified_name: "Acme <Support>",
          quality_rating: "GREEN",
          code_verification_status: "VERIFIED",
          status: "CONNECTED",
          name_status: "APPROVED",
          platform_type: "CLOUD_API",
        },
      },
      [TEST_PHONE_ID]: {
        waba: WABA,
        info: {
          display_phone_number: "+1 555-000-2222",
          verified_name: "Test Number",
          quality_rating: "NA",
          status: "CONNECTED",
        },
        allowedRecipients: [RECIPIENT],
      },
    },
    templates: ["hello_world"],
    openWindows: [RECIPIENT],
  };
  /** Everything a test may need to prove was never printed. */
  const allSecrets = [
    ...Object.values(t).filter((value): value is string => typeof value === "string"),
    ...Object.values(secrets),
  ];
  return { tokens: t, config, allSecrets, now };
}

export async function startStandin(config: StandinConfig): Promise<GraphStandin> {
  return new GraphStandin(config).start();
}

/** Starts the stand-in for a test file and stops it after; call the returned function inside tests. */
export function useGraphStandin(config: StandinConfig): () => GraphStandin {
  let graph: GraphStandin | undefined;
  beforeAll(async () => {
    graph = await startStandin(config);
  });
  afterAll(async () => {
    await graph?.stop();
  });
  return () => graph!;
}
