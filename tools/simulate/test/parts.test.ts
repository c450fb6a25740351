/** The simulator's parts: route templates, the compartment file formats, recorded responses, secret masking, identity event types. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CompartmentTree } from "../compartments";
import { contextVariable, matchRoutePath, parseRequestLine } from "../gateway";
import { isIdentityEventType, isTenancyLevelEventType } from "../identity";
import { readResponses, ResponseBook, EMPTY_RESPONSES } from "../invoke/responses";
import { Scrubber } from "../mask";
import { SimulationInputError } from "../types";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "simulate-parts-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content));
  return p;
};

describe("API Gateway route templates and context variables", () => {
  test.each([
    ["/incoming", "/incoming", {}],
    ["/orders/{id}", "/orders/A-1001", { id: "A-1001" }],
    ["/files/{path*}", "/files/a/b/c.txt", { path: "a/b/c.txt" }],
    ["/files/{path*}", "/files", { path: "" }],
    ["/orders/{id}", "/orders", undefined],
    ["/orders/{id}", "/orders/1/items", undefined],
    ["/incoming", "/outgoing", undefined],
  ])("%s against %s", (template, path, params) => {
    expect(matchRoutePath(template, path)).toEqual(params);
  });

  test("request lines: method and path; a full URL keeps only the path", () => {
    expect(parseRequestLine("post /sms/incoming?key=1")).toEqual({ method: "POST", path: "/sms/incoming?key=1" });
    expect(parseRequestLine("GET https://abc.apigateway.eu-frankfurt-1.oci.customer-oci.com/sms/x")).toEqual({ method: "GET", path: "/sms/x" });
    expect(() => parseRequestLine("/sms/incoming")).toThrow(SimulationInputError);
  });

  test("context variables: headers case-insensitively, query case-sensitively, repeated query values as a list, absent ones undefined", () => {
    const req = { method: "POST", path: "/x", query: new URLSearchParams("key=a&tag=1&tag=2"), headers: { "x-forwarded-for": "203.0.113.7" }, host: "h.example", pathParams: { id: "7" } };
    expect(contextVariable(req, "request.headers[X-Forwarded-For]")).toBe("203.0.113.7");
    expect(contextVariable(req, "request.query[key]")).toBe("a");
    expect(contextVariable(req, "request.query[KEY]")).toBeUndefined();
    expect(contextVariable(req, "request.query[tag]")).toEqual(["1", "2"]);
    expect(contextVariable(req, "request.path[id]")).toBe("7");
    expect(contextVariable(req, "request.host")).toBe("h.example");
  });
});

describe("compartment files", () => {
  const T = "ocid1.tenancy.oc1..t";
  test("the project format: tenancy with home region, compartments with parents", () => {
    const tree = CompartmentTree.fromFile(write("tree.json", { tenancy: { id: T, name: "acme", homeRegion: "us-ashburn-1" }, compartments: [{ id: "ocid1.compartment.oc1..a", name: "a", parentId: T }, { id: "ocid1.compartment.oc1..b", name: "b", parentId: "ocid1.compartment.oc1..a" }] }));
    expect(tree.contains(T, "ocid1.compartment.oc1..b").within).toBe(true);
    expect(tree.tenancyOf("ocid1.compartment.oc1..b")).toMatchObject({ id: T, homeRegion: "us-ashburn-1" });
    expect(tree.describe("ocid1.compartment.oc1..b")).toBe("b (ocid1.compartment.oc1..b)");
  });

  test("the OCI CLI's `oci iam compartment list --all --compartment-id-in-subtree true` output, with homeRegion added", () => {
    const tree = CompartmentTree.fromFile(
      write("cli.json", { homeRegion: "eu-frankfurt-1", data: [{ id: "ocid1.compartment.oc1..a", name: "a", "compartment-id": T, "lifecycle-state": "ACTIVE" }, { id: "ocid1.compartment.oc1..b", name: "b", "compartment-id": "ocid1.compartment.oc1..a" }] }),
    );
    expect(tree.contains("ocid1.compartment.oc1..a", "ocid1.compartment.oc1..b").within).toBe(true);
    expect(tree.tenancies()).toEqual([{ id: T, homeRegion: "eu-frankfurt-1" }]);
  });

  test("bad files are bad input, with the reason", () => {
    expect(() => CompartmentTree.fromFile(write("bad.json", "{"))).toThrow(/compartment file .*bad\.json is not valid JSON/);
    expect(() => CompartmentTree.fromFile(join(dir, "absent.json"))).toThrow(/cannot read compartment file/);
    expect(() => CompartmentTree.fromFile(write("empty.json", {}))).toThrow(/no tenancy and no compartments/);
    expect(() => CompartmentTree.fromFile(write("noparent.json", { compartments: [{ id: "ocid1.compartment.oc1..a" }] }))).toThrow(/needs an id and a parentId/);
  });

  test("merging: the given tree wins, the app fills in what it does not know", () => {
    const given = new CompartmentTree([{ id: T, homeRegion: "us-ashburn-1" }, { id: "ocid1.compartment.oc1..a", name: "a", parentId: T }]);
    const fromApp = new CompartmentTree([{ id: T }, { id: "ocid1.compartment.oc1..a", parentId: T, assumed: true }, { id: "ocid1.compartment.oc1..z", parentId: T, assumed: true }]);
    const merged = given.merge(fromApp);
    expect(merged.get("ocid1.compartment.oc1..a")).toEqual({ id: "ocid1.compartment.oc1..a", name: "a", parentId: T });
    expect(merged.get(T)?.homeRegion).toBe("us-ashburn-1");
    expect(merged.contains(T, "ocid1.compartment.oc1..z")).toEqual({ within: true, assumption: expect.stringMatching(/parent .* is not known/) });
  });
});

describe("recorded responses", () => {
  test("entries of the file come first, once-entries are used up, the defaults follow, and the catch-all says it answered", () => {
    const file = readResponses(write("r.json", { responses: [{ match: "POST https://oic.example.com/*", status: 500, once: true }, { match: "POST https://oic.example.com/*", status: 202 }] }));
    const book = new ResponseBook(file);
    expect(book.answer("POST", "https://oic.example.com/ic/x")?.response.status).toBe(500);
    expect(book.answer("POST", "https://oic.example.com/ic/x")?.response.status).toBe(202);
    expect(book.answer("PATCH", "https://shop.example.com/api/orders/A-1")?.response.body).toEqual({ status: "LABEL_CREATED" });
    // B2C Service has no static answer: a run simulates it with state (cli.test.ts).
    expect(book.answer("GET", "https://site.custhelp.com/services/rest/connect/v1.4/queryResults/?query=x")?.response.catchAll).toBe(true);
    expect(book.answer("DELETE", "https://unknown.example.com/")?.label).toBe("catch-all (no recorded response for DELETE https://unknown.example.com/)");
    expect(new ResponseBook(EMPTY_RESPONSES, false).answer("GET", "https://x/")).toBeUndefined();
  });

  test("a malformed file is bad input naming the entry", () => {
    expect(() => readResponses(write("r2.json", { responses: [{ match: "POST" }] }))).toThrow(/responses\[0\]\.match must be/);
    expect(() => readResponses(write("r3.json", { secrets: { a: 1 } }))).toThrow(/secrets\.a must be a string/);
  });
});

describe("masking", () => {
  test("secret values, their Base64 and URL-encoded forms become ***; credential headers are masked by name", () => {
    const s = new Scrubber();
    s.add("user:p@ss word!");
    s.add("abc"); // too short to mask: ignored
    expect(s.scrub(`x user:p@ss word! ${Buffer.from("user:p@ss word!").toString("base64")} ${encodeURIComponent("user:p@ss word!")} abc`)).toBe("x *** *** *** abc");
    expect(s.headers({ Authorization: "Basic dXNlcg==", "X-Twilio-Signature": "sig", "Idempotency-Key": "evt-1", "Content-Type": "application/json" })).toEqual({
      Authorization: "Basic ***",
      "X-Twilio-Signature": "***",
      "Idempotency-Key": "evt-1",
      "Content-Type": "application/json",
    });
  });
});

describe("identity event types", () => {
  test.each([
    ["com.oraclecloud.identitycontrolplane.createuser", true, true],
    ["com.oraclecloud.identitycontrolplane.addusertogroup", true, true],
    ["com.oraclecloud.identitycontrolplane.updatedynamicgroup", true, true],
    ["com.oraclecloud.identitycontrolplane.createpolicy", true, false],
    ["com.oraclecloud.compartments.createcompartment", true, false],
    ["com.oraclecloud.objectstorage.createbucket", false, false],
  ])("%s: home region %s, root compartment %s", (type, identity, tenancyLevel) => {
    expect(isIdentityEventType(type)).toBe(identity);
    expect(isTenancyLevelEventType(type)).toBe(tenancyLevel);
  });
});
