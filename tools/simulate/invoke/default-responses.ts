/**
 * Built-in upstream answers for `--invoke`: the project's upstreams (Oracle Integration REST
 * triggers answer 202 for asynchronous flows, ORDS token and handler, B2C Service Connect REST,
 * the shop API), then a catch-all 200 the report flags. A recorded-responses file comes first.
 */
import type { RecordedResponse } from "./responses";

export const DEFAULT_RESPONSES: readonly RecordedResponse[] = [
  { match: "POST https://*/ords/*/oauth/token", status: 200, body: { access_token: "simulated-ords-access-token-0001", token_type: "bearer", expires_in: 3600 } },
  { match: "POST https://*/ic/api/integration/v1/flows/rest/*", status: 202 },
  { match: "POST https://*/ords/*", status: 200, body: {} },
  { match: "GET https://*/services/rest/connect/*/incidents/*/threads*", status: 200, body: { items: [] } },
  { match: "GET https://*/services/rest/connect/*/incidents?*", status: 200, body: { items: [] } },
  // ROQL tabular query (docs/oci-facts.md#external-services-the-functions-call): no matching incident, in the queryResults shape.
  { match: "GET https://*/services/rest/connect/*/queryResults*", status: 200, body: { items: [{ tableName: "incidents", count: 0, columnNames: ["id", "value"], rows: [] }] } },
  { match: "GET https://*/services/rest/connect/*/contacts?*", status: 200, body: { items: [] } },
  { match: "POST https://*/services/rest/connect/*/contacts/*/phones", status: 201, body: { id: 1 } },
  { match: "POST https://*/services/rest/connect/*/contacts", status: 201, body: { id: 2001, lookupName: "SMS User" } },
  { match: "POST https://*/services/rest/connect/*/incidents/*/threads", status: 201, body: { id: 1 } },
  { match: "POST https://*/services/rest/connect/*/incidents", status: 201, body: { id: 5001, lookupName: "251120-000001" } },
  { match: "PATCH https://*/services/rest/connect/*/incidents/*", status: 200, body: {} },
  { match: "PATCH https://*/orders/*", status: 200, body: { status: "LABEL_CREATED" } },
  { match: "* *", status: 200, body: {}, catchAll: true },
];
