import { TerraformStack, TerraformVariable } from "cdktf";
import { FunctionApplication, FunctionApplicationProps } from "..";
import { Duration, OciEnvironment } from "../../core";
import { LogGroup } from "../../logging";
import { onlyResource, rejected, resourcesOf, synthValid, TEST_COMPARTMENT, TEST_TENANCY, testStack, validationErrors } from "../../testing";
import { IMAGE, SECRET, SUBNET } from "./fixtures";
import { NetworkSecurityGroup, Subnet } from "../../network";

const SUBNET_B = "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaasubnetb";
const NSG = "ocid1.networksecuritygroup.oc1.eu-frankfurt-1.aaaaaaaansg";
const APM = "ocid1.apmdomain.oc1.eu-frankfurt-1.aaaaaaaaapm";
const KEY = "ocid1.key.oc1.eu-frankfurt-1.aaaaaaaavault.aaaaaaaakey";
const OTHER_CMP = "ocid1.compartment.oc1..aaaaaaaaother";

/** An application `app` with one subnet; `props` may need the stack (for importers). */
function app(props: Partial<FunctionApplicationProps> | ((stack: TerraformStack) => Partial<FunctionApplicationProps>) = {}) {
  const t = testStack();
  const given = typeof props === "function" ? props(t.stack) : props;
  const application = new FunctionApplication(t.stack, "app", { displayName: "pipeline", subnets: [Subnet.fromOcid(t.stack, "app-subnet", SUBNET)], ...given });
  return { ...t, application };
}

describe("FunctionApplication", () => {
  test("defaults: environment compartment, GENERIC_X86, invoke logs in a new log group", () => {
    const { stack, application } = app();
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_functions_application")).toEqual({
      compartment_id: TEST_COMPARTMENT,
      display_name: "pipeline",
      subnet_ids: [SUBNET],
      shape: "GENERIC_X86",
      freeform_tags: {},
    });
    expect(onlyResource(doc, "oci_logging_log_group")).toEqual({
      compartment_id: TEST_COMPARTMENT,
      display_name: "pipeline-logs",
      description: "Invocation logs of function application pipeline",
      freeform_tags: {},
    });
    expect(onlyResource(doc, "oci_logging_log")).toEqual({
      display_name: "pipeline-invoke",
      log_group_id: "${oci_logging_log_group.app_logs_group_A66D4D77.id}",
      log_type: "SERVICE",
      is_enabled: true,
      retention_duration: 30,
      configuration: {
        compartment_id: TEST_COMPARTMENT,
        source: { source_type: "OCISERVICE", service: "functions", category: "invoke", resource: "${oci_functions_application.app_application_2A977966.id}" },
      },
      freeform_tags: {},
    });
    expect([application.logGroup?.node.path, application.invokeLog?.node.path]).toEqual(["pipeline-dev/app/logs", "pipeline-dev/app/invoke-log"]);
  });

  test("every option rendered", () => {
    const { stack } = app((scope) => ({
      compartmentId: OTHER_CMP,
      subnets: [Subnet.fromOcid(scope, "a", SUBNET), Subnet.fromOcid(scope, "b", SUBNET_B)],
      shape: "GENERIC_ARM",
      config: { SHARED_SECRET_OCID: SECRET },
      networkSecurityGroups: [NetworkSecurityGroup.fromOcid(scope, "nsg", NSG)],
      trace: { domainId: APM },
      imageVerificationKeyIds: [KEY],
      invokeLogRetention: Duration.days(90),
    }));
    const doc = synthValid(stack);
    expect(onlyResource(doc, "oci_functions_application")).toEqual({
      compartment_id: OTHER_CMP,
      display_name: "pipeline",
      subnet_ids: [SUBNET, SUBNET_B],
      shape: "GENERIC_ARM",
      config: { SHARED_SECRET_OCID: SECRET },
      network_security_group_ids: [NSG],
      trace_config: { domain_id: APM, is_enabled: true },
      image_policy_config: { is_policy_enabled: true, key_details: [{ kms_key_id: KEY }] },
      freeform_tags: {},
    });
    expect(onlyResource(doc, "oci_logging_log_group").compartment_id).toBe(OTHER_CMP);
    expect(onlyResource(doc, "oci_logging_log").retention_duration).toBe(90);
  });

  test.each(["GENERIC_X86", "GENERIC_ARM", "GENERIC_X86_ARM"] as const)("accepts shape %s", (shape) => {
    expect(onlyResource(synthValid(app({ shape }).stack), "oci_functions_application").shape).toBe(shape);
  });

  test("rejects an unknown shape", () => {
    expect(rejected(() => app({ shape: "GENERIC_ARM64" as any }))).toMatch('pipeline-dev/app: shape = "GENERIC_ARM64" is not allowed: must be one of GENERIC_X86, GENERIC_ARM, GENERIC_X86_ARM');
  });

  test("subnet list: at least one subnet, subnet OCIDs, no repeats", () => {
    const allowed = "name at least one subnet (a network's subnet, or Subnet.fromOcid)";
    expect(rejected(() => app({ subnets: [] }))).toMatch(`pipeline-dev/app: subnets = [] is not allowed: ${allowed}`);
    expect(rejected(() => app({ subnets: undefined as any }))).toMatch(`pipeline-dev/app: subnets = (not set) is not allowed: ${allowed}`);
    // A hand-made ISubnet is still checked; Subnet.fromOcid refuses the wrong kind itself (see the network tests).
    expect(rejected(() => app({ subnets: [{ subnetId: "ocid1.vcn.oc1..x" } as any] }))).toMatch(
      'pipeline-dev/app: subnets[0].subnetId = "ocid1.vcn.oc1..x" is not allowed: must be an OCID of the form ocid1.subnet.<realm>.<region>.<id>',
    );
    expect(rejected(() => app({ subnets: [SUBNET as any] }))).toMatch(`pipeline-dev/app: subnets[0] = "${SUBNET}" is not allowed: must be a subnet (a network's subnet, or Subnet.fromOcid)`);
    expect(rejected(() => app((scope) => ({ subnets: [Subnet.fromOcid(scope, "a", SUBNET), Subnet.fromOcid(scope, "b", SUBNET)] })))).toMatch(
      `pipeline-dev/app: subnets = ["${SUBNET}","${SUBNET}"] is not allowed: must not repeat ${SUBNET}`,
    );
  });

  test("subnet ids known only to Terraform are accepted", () => {
    const t = testStack();
    const subnet = new TerraformVariable(t.stack, "subnet", { type: "string" });
    new FunctionApplication(t.stack, "app", { displayName: "pipeline", subnets: [Subnet.fromOcid(t.stack, "app-subnet", subnet.stringValue)] });
    expect(onlyResource(synthValid(t.stack), "oci_functions_application").subnet_ids).toEqual(["${var.subnet}"]);
  });

  test("other OCIDs are checked by type", () => {
    expect(rejected(() => app({ networkSecurityGroups: [{ networkSecurityGroupId: SUBNET } as any] }))).toMatch(
      `pipeline-dev/app: networkSecurityGroups[0].networkSecurityGroupId = "${SUBNET}" is not allowed: must be an OCID of the form ocid1.networksecuritygroup.`,
    );
    expect(rejected(() => app({ trace: { domainId: "apm" } }))).toMatch('pipeline-dev/app: trace.domainId = "apm" is not allowed: must be an OCID of the form ocid1.apmdomain.');
    expect(rejected(() => app({ imageVerificationKeyIds: ["ocid1.vault.oc1..v"] }))).toMatch('pipeline-dev/app: imageVerificationKeyIds[0] = "ocid1.vault.oc1..v" is not allowed: must be an OCID of the form ocid1.key.');
    expect(rejected(() => app({ imageVerificationKeyIds: [] }))).toMatch("pipeline-dev/app: imageVerificationKeyIds = [] is not allowed: name at least one KMS key, or leave it unset to turn verification off");
    expect(rejected(() => app({ compartmentId: "prod" }))).toMatch('pipeline-dev/app: compartmentId = "prod" is not allowed: must be a compartment or tenancy OCID');
  });

  test("trace can be configured off", () => {
    const { stack, application } = app({ trace: { domainId: APM, enabled: false } });
    expect(application.trace).toBe(false);
    expect(onlyResource(synthValid(stack), "oci_functions_application").trace_config).toEqual({ domain_id: APM, is_enabled: false });
  });

  test("display names: Fn charset, literal, unique per compartment and region across the whole app", () => {
    expect(rejected(() => app({ displayName: "my app" }))).toMatch('pipeline-dev/app: displayName = "my app" is not allowed: must be 1-255 letters, digits, \'-\' or \'_\'');
    expect(rejected(() => app({ displayName: "x".repeat(256) }))).toMatch("pipeline-dev/app: displayName = ");
    const { app: cdktfApp, stack } = testStack();
    new FunctionApplication(stack, "a", { displayName: "pipeline", subnets: [Subnet.fromOcid(stack, "a-subnet", SUBNET)] });
    expect(rejected(() => new FunctionApplication(stack, "b", { displayName: "pipeline", subnets: [Subnet.fromOcid(stack, "b-subnet", SUBNET)] }))).toMatch(
      `pipeline-dev/b: displayName = "pipeline" is not allowed: must be unique in compartment ${TEST_COMPARTMENT}; pipeline-dev/a already uses it`,
    );
    // Another stack of the same app, same compartment and region: still a clash.
    const second = new TerraformStack(cdktfApp, "second-dev");
    new OciEnvironment(second, { name: "dev", region: "eu-frankfurt-1", homeRegion: "eu-frankfurt-1", tenancyOcid: TEST_TENANCY, compartmentOcid: TEST_COMPARTMENT, auth: { mode: "ApiKey" } });
    expect(rejected(() => new FunctionApplication(second, "c", { displayName: "pipeline", subnets: [Subnet.fromOcid(second, "c-subnet", SUBNET)] }))).toMatch("second-dev/c: displayName = \"pipeline\" is not allowed: must be unique in compartment");
    // Another compartment, or another region: fine.
    expect(rejected(() => new FunctionApplication(stack, "d", { displayName: "pipeline", subnets: [Subnet.fromOcid(stack, "d-subnet", SUBNET)], compartmentId: OTHER_CMP }))).toBe("");
    const ashburn = new TerraformStack(cdktfApp, "ashburn-dev");
    new OciEnvironment(ashburn, { name: "dev", region: "us-ashburn-1", homeRegion: "eu-frankfurt-1", tenancyOcid: TEST_TENANCY, compartmentOcid: TEST_COMPARTMENT, auth: { mode: "ApiKey" } });
    expect(rejected(() => new FunctionApplication(ashburn, "e", { displayName: "pipeline", subnets: [Subnet.fromOcid(ashburn, "e-subnet", "ocid1.subnet.oc1.iad.aaaa")] }))).toBe("");
    expect(Object.keys(resourcesOf(synthValid(ashburn), "oci_functions_application"))).toHaveLength(1);
    expect(validationErrors(cdktfApp)).toEqual([
      `pipeline-dev/b: displayName = "pipeline" is not allowed: must be unique in compartment ${TEST_COMPARTMENT}; pipeline-dev/a already uses it`,
      `second-dev/c: displayName = "pipeline" is not allowed: must be unique in compartment ${TEST_COMPARTMENT}; pipeline-dev/a already uses it`,
    ]);
  });

  test("a display name known only to Terraform is refused", () => {
    const { stack } = testStack();
    const seed = new FunctionApplication(stack, "seed", { displayName: "seed", subnets: [Subnet.fromOcid(stack, "seed-subnet", SUBNET)] });
    expect(rejected(() => new FunctionApplication(stack, "app", { displayName: seed.resource.displayName, subnets: [Subnet.fromOcid(stack, "app-subnet", SUBNET)] }))).toMatch(
      "pipeline-dev/app: displayName = \"${TfToken[TOKEN.",
    );
  });
});

describe("invoke logs", () => {
  test("explicit opt-out creates no log resources", () => {
    const { stack, application } = app({ invokeLogs: false });
    const doc = synthValid(stack);
    expect(resourcesOf(doc, "oci_logging_log")).toEqual({});
    expect(resourcesOf(doc, "oci_logging_log_group")).toEqual({});
    expect(application.invokeLog).toBeUndefined();
  });

  test("a log group passed in is used instead of a new one", () => {
    const t = testStack();
    const group = new LogGroup(t.stack, "shared-logs", { displayName: "shared" });
    new FunctionApplication(t.stack, "app", { displayName: "pipeline", subnets: [Subnet.fromOcid(t.stack, "app-subnet", SUBNET)], logGroup: group });
    const doc = synthValid(t.stack);
    expect(Object.keys(resourcesOf(doc, "oci_logging_log_group"))).toEqual(["shared-logs_group_79574386"]);
    expect(onlyResource(doc, "oci_logging_log").log_group_id).toBe("${oci_logging_log_group.shared-logs_group_79574386.id}");
  });

  test("contradictions are refused: a log group with logs off, or in another compartment", () => {
    const t = testStack();
    const group = new LogGroup(t.stack, "g", { displayName: "shared" });
    expect(rejected(() => new FunctionApplication(t.stack, "a", { displayName: "a", subnets: [Subnet.fromOcid(t.stack, "a-subnet", SUBNET)], invokeLogs: false, logGroup: group }))).toMatch(
      'pipeline-dev/a: logGroup = "pipeline-dev/g" is not allowed: is only used for invoke logs; remove it or drop invokeLogs: false',
    );
    expect(rejected(() => new FunctionApplication(t.stack, "b", { displayName: "b", subnets: [Subnet.fromOcid(t.stack, "b-subnet", SUBNET)], compartmentId: OTHER_CMP, logGroup: group }))).toMatch(
      `pipeline-dev/b: logGroup = "pipeline-dev/g" is not allowed: must be in the application's compartment ${OTHER_CMP} (it is in ${TEST_COMPARTMENT})`,
    );
  });

  test("retention is checked by the service log", () => {
    expect(rejected(() => app({ invokeLogRetention: Duration.days(45) }))).toMatch(
      'pipeline-dev/app/invoke-log: retention = "45 days" is not allowed: must be a Duration (Duration.days(n), ...) of whole days: 30, 60, 90, 120, 150, 180 days',
    );
    expect(rejected(() => app({ invokeLogRetention: Duration.hours(36) }))).toMatch('pipeline-dev/app/invoke-log: retention = "36 hours" is not allowed');
    expect(onlyResource(synthValid(app({ invokeLogRetention: Duration.hours(24 * 90) }).stack), "oci_logging_log").retention_duration).toBe(90);
  });
});

describe("syslog", () => {
  test("tcp+tls:// is accepted once OCI Logging is off", () => {
    const { stack } = app({ syslogUrl: "tcp+tls://logs.example.com:6514", invokeLogs: false });
    expect(onlyResource(synthValid(stack), "oci_functions_application").syslog_url).toBe("tcp+tls://logs.example.com:6514");
  });

  test.each(["tcp://10.0.1.5:514", "udp://10.0.1.5:514"])("%s needs the explicit allowUnencryptedSyslog opt-in", (url) => {
    expect(rejected(() => app({ syslogUrl: url, invokeLogs: false }))).toMatch(
      `pipeline-dev/app: syslogUrl = "${url}" is not allowed: ${url.slice(0, 3)}:// sends logs unencrypted; use tcp+tls://, or set allowUnencryptedSyslog: true to opt in`,
    );
    const { stack } = app({ syslogUrl: url, invokeLogs: false, allowUnencryptedSyslog: true });
    expect(onlyResource(synthValid(stack), "oci_functions_application").syslog_url).toBe(url);
  });

  test.each(["https://logs.example.com:6514", "tcp+tls://logs.example.com", "logs.example.com:514", "tcp+tls://logs.example.com:70000"])("rejects %s", (url) => {
    expect(rejected(() => app({ syslogUrl: url, invokeLogs: false }))).toMatch(
      `pipeline-dev/app: syslogUrl = "${url}" is not allowed: must be tcp+tls://<host>:<port> (or tcp:// / udp:// with allowUnencryptedSyslog: true)`,
    );
  });

  test("is refused while invoke logs are on (OCI would ignore it)", () => {
    expect(rejected(() => app({ syslogUrl: "tcp+tls://logs.example.com:6514" }))).toMatch(
      'pipeline-dev/app: syslogUrl = "tcp+tls://logs.example.com:6514" is not allowed: is ignored by OCI while OCI Logging invoke logs are on; set invokeLogs: false to ship logs to syslog instead',
    );
  });
});

describe("addFunction", () => {
  test("creates the function as a child of the application", () => {
    const { stack, application } = app();
    const fn = application.addFunction("processor", { displayName: "processor", image: IMAGE });
    expect(fn.node.path).toBe("pipeline-dev/app/processor");
    expect(fn.application).toBe(application);
    expect(onlyResource(synthValid(stack), "oci_functions_function").application_id).toBe("${oci_functions_application.app_application_2A977966.id}");
  });
});
