import { FunctionApplication } from "..";
import { Condition, Grant, Principals } from "../../iam";
import { Subnet } from "../../network";
import { onlyResource, policyStatements, resourcesOf, synthValid, TEST_COMPARTMENT, testStack } from "../../testing";

test("the README example synthesizes, validates and grants what it says", () => {
  const { stack, env } = testStack();

  // --- copy of the README example ---
  const secretOcid = "ocid1.vaultsecret.oc1.eu-frankfurt-1.amaaaaaaforwarder";

  const app = new FunctionApplication(stack, "fn-app", {
    displayName: "pipeline",
    subnets: [Subnet.fromOcid(stack, "private-subnet", "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaprivate")], // or net.privateSubnet
  });

  const forwarder = app.addFunction("forwarder", {
    displayName: "event-forwarder",
    image: "fra.ocir.io/frtenancy/pipeline/event-forwarder:1.4.2",
    memoryInMbs: 256,
    timeoutInSeconds: 60,
    config: {
      TARGET_URL: "https://hooks.example.com/events",
      // The Vault secret's OCID, never the secret: the function reads it at run time.
      TARGET_CREDENTIALS_SECRET_OCID: secretOcid,
    },
  });

  // Let the Events service invoke it (`rule.addTarget(forwarder)` does exactly this).
  forwarder.grantInvoke(Principals.service("cloudEvents"));

  // Let the function read its secret (what `secret.grantRead(forwarder)` does).
  Grant.addToPrincipal({
    grantee: forwarder, verb: "read", resourceType: "secret-bundles", compartmentId: env.compartmentOcid,
    conditions: [Condition.eq("target.secret.id", secretOcid)], target: forwarder,
  });
  // --- end of copy ---

  const doc = synthValid(stack);
  expect(onlyResource(doc, "oci_functions_function")).toMatchObject({
    display_name: "event-forwarder",
    memory_in_mbs: "256",
    timeout_in_seconds: 60,
    config: { TARGET_URL: "https://hooks.example.com/events", TARGET_CREDENTIALS_SECRET_OCID: secretOcid },
  });
  expect(Object.keys(resourcesOf(doc, "oci_logging_log"))).toHaveLength(1);
  expect(onlyResource(doc, "oci_identity_dynamic_group").name).toMatch(/^dev-fn-event-forwarder-[0-9a-f]{8}$/);
  expect(policyStatements(doc)).toEqual([
    `Allow dynamic-group \${oci_identity_dynamic_group.fn-app_forwarder_identity_group_19BF075C.name} to read secret-bundles in compartment id ${TEST_COMPARTMENT} where target.secret.id = '${secretOcid}'`,
    `Allow service cloudEvents to use functions-family in compartment id ${TEST_COMPARTMENT}`,
  ]);
});
