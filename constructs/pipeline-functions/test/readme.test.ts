import { readmeExample } from "../../../test/readme/examples";
import { onlyResource, policyStatements } from "../../testing";

// The README's examples themselves, extracted from README.md (test/readme/examples.ts).
test("README: the event-forwarder's settings become its configuration and its secret's grant", () => {
  const { doc } = readmeExample("constructs/pipeline-functions/README.md", 0);
  const fn = onlyResource(doc, "oci_functions_function");
  expect(fn.image).toBe("fra.ocir.io/frtenancy/pipeline/event-forwarder:1.4.2");
  expect(fn.config).toEqual({
    TARGET_URL: "https://oic.example.com/ic/api/integration/v1/flows/rest/UPLOAD/1.0/events",
    TARGET_AUTH: "basic",
    TARGET_CREDENTIALS_SECRET_OCID: "ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaaoiccredentials",
    FORWARD_MODE: "whole",
  });
  expect(policyStatements(doc)).toEqual([expect.stringMatching(/to read secret-bundles in compartment id .* where target\.secret\.id = 'ocid1\.vaultsecret\.oc1\.eu-frankfurt-1\.amaaaaaaoiccredentials'$/)]);
});

test("README: the authorizer's ip-allow-list mode, and B2C credentials as two secrets", () => {
  const auth = onlyResource(readmeExample("constructs/pipeline-functions/README.md", 1).doc, "oci_functions_function");
  expect(auth.config).toEqual({ AUTH_MODE: "ip-allow-list", AUTH_IP_ALLOWLIST: "203.0.113.0/24,198.51.100.16/28", AUTH_PRINCIPAL: "sms-provider", AUTH_SCOPES: "sms:write" });
  const { doc } = readmeExample("constructs/pipeline-functions/README.md", 2);
  expect(Object.keys(onlyResource(doc, "oci_functions_function").config).sort()).toEqual(["ALARM_CLEAR_ACTION", "ALARM_SEVERITY_MAP", "B2C_BASE_URL", "B2C_PASSWORD_SECRET_OCID", "B2C_USERNAME_SECRET_OCID"]);
  expect(policyStatements(doc).map((s) => s.replace(/^.* where /, "")).sort()).toEqual([
    "target.secret.id = 'ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaab2cpassword'",
    "target.secret.id = 'ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaab2cuser'",
  ]);
});
