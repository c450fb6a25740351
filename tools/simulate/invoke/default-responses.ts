/**
 * Built-in static upstream answers for `--invoke`: the project's stateless upstreams (Oracle
 * Integration REST triggers answer 202 for asynchronous flows, ORDS token and handler, the shop
 * API), then a catch-all 200 the report flags. B2C Service is not here: its lookups must see
 * what the creates before them wrote, so a run simulates it with state (runner.ts, `Upstreams`).
 * A recorded-responses file comes before both.
 */
import type { RecordedResponse } from "./responses";

export const DEFAULT_RESPONSES: readonly RecordedResponse[] = [
  { match: "POST https://*/ords/*/oauth/token", status: 200, body: { access_token: "simulated-ords-access-token-0001", token_type: "bearer", expires_in: 3600 } },
  { match: "POST https://*/ic/api/integration/v1/flows/rest/*", status: 202 },
  { match: "POST https://*/ords/*", status: 200, body: {} },
  { match: "PATCH https://*/orders/*", status: 200, body: { status: "LABEL_CREATED" } },
  { match: "* *", status: 200, body: {}, catchAll: true },
];
