import { Testing } from "cdktf";
import { rejected, testStack } from "../../constructs/testing";
import { ENVIRONMENTS, EnvironmentConfig } from "../environments";
import { configureState } from "../state";

const prod = ENVIRONMENTS.find((e) => e.name === "prod")!;
const backend = (env: EnvironmentConfig) => {
  const { stack } = testStack("order-fanout-prod");
  const errors = rejected(() => configureState(stack, env));
  return { errors, s3: JSON.parse(Testing.synth(stack)).terraform.backend.s3 };
};

describe("remote state configuration", () => {
  test("an unknown region or a malformed namespace is refused", () => {
    expect(backend({ ...prod, remoteState: { ...prod.remoteState!, region: "eu-frankfurt-9" } }).errors).toBe(
      'order-fanout-prod: remoteState.region = "eu-frankfurt-9" is not allowed: must be an OCI region identifier of the region table (constructs/core/regions.ts), e.g. eu-frankfurt-1',
    );
    expect(backend({ ...prod, remoteState: { ...prod.remoteState!, namespace: "Example NS" } }).errors).toBe(
      'order-fanout-prod: remoteState.namespace = "Example NS" is not allowed: must be the tenancy\'s Object Storage namespace (lower-case letters and digits)',
    );
  });

  test("the S3-compatible endpoint is in the region's realm domain", () => {
    expect(backend(prod)).toMatchObject({ errors: "", s3: { endpoints: { s3: "https://examplens.compat.objectstorage.eu-frankfurt-1.oraclecloud.com" } } });
    expect(backend({ ...prod, remoteState: { ...prod.remoteState!, region: "eu-frankfurt-2" } })).toMatchObject({
      errors: "",
      s3: { endpoints: { s3: "https://examplens.compat.objectstorage.eu-frankfurt-2.oraclecloud.eu" } },
    });
  });
});
