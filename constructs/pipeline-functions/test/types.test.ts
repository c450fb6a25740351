/**
 * Misspelled, mistyped and missing settings are type errors: every line below
 * marked `@ts-expect-error` must fail to compile (`npm test` runs `tsc` over
 * this file first, and an expected error that does not happen fails it).
 * Plain JavaScript gets past the types, so the same mistakes are also refused
 * at synthesis, which the assertions check.
 */
import { ApiAuthorizerFunction, EventForwarderFunction, OrderProcessorFunction } from "..";
import { rejected } from "../../testing";
import { EXISTING_SECRET, pipelineStack, REGISTRY } from "./fixtures";

const image = { registry: REGISTRY, tag: "1.0.0" };

test("a misspelled setting, a config key used as a prop, an internal setting, a wrong enum value, a secret OCID string, a missing required setting: tsc errors and synthesis errors", () => {
  const { stack, application } = pipelineStack();
  const errors = rejected(stack, () => {
    new EventForwarderFunction(stack, "misspelled", {
      application,
      image,
      displayName: "misspelled",
      settings: {
        targetUrl: "https://oic.example.com/x",
        targetAuth: "none",
        // @ts-expect-error: TARGET_AUTH misspelled as a prop is an unknown property
        targetAuht: "none",
      },
    });
    new EventForwarderFunction(stack, "config-key", {
      application,
      image,
      displayName: "config-key",
      settings: {
        targetUrl: "https://oic.example.com/x",
        targetAuth: "none",
        // @ts-expect-error: configuration keys are not props
        TARGET_AUTH: "none",
      },
    });
    new EventForwarderFunction(stack, "internal", {
      application,
      image,
      displayName: "internal",
      // @ts-expect-error: an internal setting has no prop
      settings: { targetUrl: "https://oic.example.com/x", targetAuth: "none", secretsEndpoint: "https://secrets.example.com" },
    });
    new EventForwarderFunction(stack, "enum", {
      application,
      image,
      displayName: "enum",
      settings: {
        targetUrl: "https://oic.example.com/x",
        // @ts-expect-error: not one of basic, oauth2, none
        targetAuth: "digest",
      },
    });
    new OrderProcessorFunction(stack, "secret-string", {
      application,
      image,
      displayName: "secret-string",
      settings: {
        shopApiUrl: "https://shop.example.com/api",
        // @ts-expect-error: a secret is an ISecret (its grant comes with it), never an OCID string
        shopApiToken: EXISTING_SECRET,
        shipFromAddress: "ACME, 1 Dock Rd, Boston, US",
      },
    });
    new OrderProcessorFunction(stack, "missing", {
      application,
      image,
      displayName: "missing",
      // @ts-expect-error: shopApiToken is required
      settings: { shopApiUrl: "https://shop.example.com/api", shipFromAddress: "ACME, 1 Dock Rd, Boston, US" },
    });
    new ApiAuthorizerFunction(stack, "list", {
      application,
      image,
      displayName: "list",
      settings: {
        mode: "ip-allow-list",
        // @ts-expect-error: a list is a string array, not comma-separated text
        ipAllowList: "203.0.113.0/24",
        // @ts-expect-error: an integer is a number
        ttlSeconds: "60",
      },
    });
  });
  const lines = errors.split("\n");
  expect(lines).toEqual([
    expect.stringMatching(/^pipeline-dev\/misspelled: settings\.targetAuht = "none" is not allowed: is not a setting event-forwarder reads/),
    expect.stringMatching(/^pipeline-dev\/config-key: settings\.TARGET_AUTH = "none" is not allowed: is not a setting event-forwarder reads/),
    expect.stringMatching(/^pipeline-dev\/internal: settings\.secretsEndpoint = "https:\/\/secrets\.example\.com" is not allowed: is internal to event-forwarder/),
    'pipeline-dev/enum: settings.targetAuth = "digest" is not allowed: must be one of basic, oauth2, none',
    `pipeline-dev/secret-string: settings.shopApiToken = "${EXISTING_SECRET}" is not allowed: must be a Vault secret (a Secret, or Secret.fromSecretAttributes)`,
    "pipeline-dev/missing: settings.shopApiToken = (not set) is not allowed: must be set: order-processor does not start without it (SHOP_API_TOKEN_SECRET_OCID)",
    'pipeline-dev/list: settings.ipAllowList = "203.0.113.0/24" is not allowed: must be a list of strings',
    'pipeline-dev/list: settings.ttlSeconds = "60" is not allowed: must be an integer from 1 to 86400 seconds',
  ]);
});
