import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Construct, IConstruct } from "constructs";
import { App, Aspects, IAspect, TerraformProvider, TerraformResource, TerraformStack } from "cdktf";
import { IdentityPolicy } from "../../../.gen/providers/oci/identity-policy";
import { addCheck, collectValidationErrors, OciEnvironment, OciSynthesisError, OciValidationError, reject, validateOnSynth } from "..";
import { Bucket } from "../../objectstorage";
import { TEST_COMPARTMENT, TEST_TENANCY } from "../../testing";

const ENV = { name: "dev", region: "eu-frankfurt-1", homeRegion: "eu-frankfurt-1", tenancyOcid: TEST_TENANCY, compartmentOcid: TEST_COMPARTMENT, auth: { mode: "ApiKey" } } as const;

let outdir: string;
beforeEach(() => {
  outdir = mkdtempSync(join(tmpdir(), "oci-synth-guard-"));
});
afterEach(() => rmSync(outdir, { recursive: true, force: true }));

/** Every file under the output directory (cdktf creates empty folders when the App is constructed). */
const files = (): string[] =>
  readdirSync(outdir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name).slice(outdir.length + 1))
    .sort();

/** A user's app: two stacks with an OCI environment each, the constructs in `build`. */
function userApp(build: (first: TerraformStack, second: TerraformStack) => void, config: ConstructorParameters<typeof App>[0] = {}): App {
  const app = new App({ outdir, ...config });
  const first = new TerraformStack(app, "first-dev");
  new OciEnvironment(first, ENV);
  const second = new TerraformStack(app, "second-dev");
  new OciEnvironment(second, ENV);
  build(first, second);
  return app;
}

const synthError = (app: App): OciSynthesisError => {
  try {
    app.synth();
  } catch (e) {
    return e as OciSynthesisError;
  }
  throw new Error("expected app.synth() to fail");
};

describe("validation on a user's own app.synth()", () => {
  test("two stacks, errors in the second (issue 12): one error lists all of them, sorted by path, and no file of the first is written", () => {
    const app = userApp((first, second) => {
      new Bucket(first, "ok", { name: "dev-ok" });
      new Bucket(second, "b", { name: "in bound" });
      new Bucket(second, "a", { name: "dev-a", versioning: "Suspended" });
    });
    const error = synthError(app);
    expect(error).toBeInstanceOf(OciSynthesisError);
    expect(error.message.split("\n")).toEqual([
      "OCI construct validation failed: 2 error(s); nothing was written",
      'second-dev/a: versioning = "Suspended" is not allowed: OCI accepts only Enabled or Disabled when it creates a bucket; Suspended is an update of a bucket whose versioning is Enabled: set versioningWasEnabled: true once it is',
      "second-dev/b: name = \"dev-in bound\" is not allowed: the final name <env>-<name> must be 1-63 letters, digits, '-', '_' or '.'",
    ]);
    expect(error.problems.map((p) => p.path)).toEqual(["second-dev/a", "second-dev/b"]);
    expect(error.stack).toBe(error.message);
    expect(files()).toEqual([]);
  });

  test("a valid app is written and checked: manifest and both stacks", () => {
    userApp((first, second) => {
      new Bucket(first, "one", { name: "dev-one" });
      new Bucket(second, "two", { name: "dev-two" });
    }).synth();
    expect(files()).toEqual(["manifest.json", "stacks/first-dev/cdk.tf.json", "stacks/second-dev/cdk.tf.json"]);
  });

  test("a stack without an OCI environment, added before or after the others, is covered too", () => {
    const app = new App({ outdir });
    const plain = new TerraformStack(app, "plain");
    const oci = new TerraformStack(app, "oci-dev");
    new OciEnvironment(oci, ENV);
    const late = new TerraformStack(app, "late");
    reject(plain, "x", 1, "must be 2");
    reject(late, "y", 3, "must be 4");
    expect(synthError(app).problems.map((p) => p.line)).toEqual(["late: y = 3 is not allowed: must be 4", "plain: x = 1 is not allowed: must be 2"]);
    expect(files()).toEqual([]);
  });

  test("other validations (cdktf's own, a user's node.addValidation) are reported in the same list", () => {
    const app = userApp((first, second) => {
      second.node.addValidation({ validate: () => ["broken on purpose"] });
      reject(first, "field", "value", "allowed");
    });
    expect(synthError(app).problems.map((p) => p.line)).toEqual(['first-dev: field = "value" is not allowed: allowed', "second-dev: broken on purpose"]);
    expect(files()).toEqual([]);
  });

  test("aspects run before the check, once per construct: an error an aspect adds in the second stack stops the first from being written", () => {
    let visits = 0;
    const aspect: IAspect = {
      visit(node: IConstruct) {
        if (!TerraformStack.isStack(node)) return;
        visits++;
        // An aspect that adds a construct: run twice, it would add it twice (and fail with a duplicate id).
        new TerraformResource(node, "added-by-aspect", { terraformResourceType: "null_resource" });
        if (node.node.id === "second-dev") reject(node, "aspect", "found", "nothing to find");
      },
    };
    // cdktf applies the aspects of each stack (not of the App) to that stack.
    const app = userApp((first, second) => {
      Aspects.of(first).add(aspect);
      Aspects.of(second).add(aspect);
    });
    expect(synthError(app).problems.map((p) => p.line)).toEqual(['second-dev: aspect = "found" is not allowed: nothing to find']);
    expect(visits).toBe(2);
    expect(files()).toEqual([]);
  });

  test("an aspect that finds nothing lets the app synthesize, visiting each construct once", () => {
    const seen: string[] = [];
    const counter: IAspect = { visit: (node) => void (TerraformStack.isStack(node) && seen.push(node.node.id)) };
    const app = userApp((first, second) => {
      new Bucket(first, "b", { name: "b" });
      Aspects.of(first).add(counter);
      Aspects.of(second).add(counter);
    });
    app.synth();
    expect(seen).toEqual(["first-dev", "second-dev"]);
    expect(files()).toContain("stacks/second-dev/cdk.tf.json");
  });

  test("new App({ skipValidation: true }) is cdktf's explicit opt-out, and turns the guard off too", () => {
    userApp((_first, second) => new Bucket(second, "b", { name: "in bound" }), { skipValidation: true }).synth();
    expect(files()).toContain("stacks/second-dev/cdk.tf.json");
  });
});

describe("schema validation of what the run wrote", () => {
  test("a schema finding removes what this run wrote and keeps files that were there before", () => {
    const app = userApp((first, second) => {
      new Bucket(first, "b", { name: "b" });
      const policy = new IdentityPolicy(second, "raw", { compartmentId: TEST_COMPARTMENT, name: "p", description: "d", statements: ["Allow group x to read all-resources in tenancy"] });
      policy.addOverride("not_an_argument", true);
    });
    // A file of a former run (e.g. Terraform's working state in the stack's folder) stays.
    mkdirSync(join(outdir, "stacks", "first-dev", ".terraform"), { recursive: true });
    writeFileSync(join(outdir, "stacks", "first-dev", ".terraform", "terraform.tfstate"), "{}");
    const error = synthError(app);
    expect(error.message.split("\n")).toEqual([
      "oracle/oci schema validation failed: 1 issue(s); the stacks this run wrote were removed",
      'second-dev: oci_identity_policy.raw at not_an_argument: [unknown-attribute] unsupported argument or block "not_an_argument"',
    ]);
    expect(files()).toEqual(["stacks/first-dev/.terraform/terraform.tfstate"]);
    expect(existsSync(join(outdir, "stacks", "second-dev"))).toBe(false);
  });

  test("types of other providers are not checked, so apps mixing providers synthesize", () => {
    class RandomProvider extends TerraformProvider {
      constructor(scope: TerraformStack) {
        super(scope, "random", { terraformResourceType: "random", terraformGeneratorMetadata: { providerName: "random" }, terraformProviderSource: "hashicorp/random" });
      }
    }
    userApp((first) => {
      new RandomProvider(first);
      new TerraformResource(first, "other", { terraformResourceType: "random_password", terraformGeneratorMetadata: { providerName: "random" } });
    }).synth();
    expect(files()).toContain("stacks/first-dev/cdk.tf.json");
  });

  test("validateOnSynth(app, { schemaValidation: false }) is the opt-out of the schema check only", () => {
    const app = userApp((_first, second) => new IdentityPolicy(second, "raw", { compartmentId: TEST_COMPARTMENT, name: "p", description: "d", statements: ["x"] }).addOverride("bogus", 1));
    validateOnSynth(app, { schemaValidation: false });
    app.synth();
    expect(files()).toContain("stacks/second-dev/cdk.tf.json");
  });
});

describe("the report", () => {
  test("OCI_PIPELINES_DEBUG=1 adds where each error was raised", () => {
    const previous = process.env.OCI_PIPELINES_DEBUG;
    process.env.OCI_PIPELINES_DEBUG = "1";
    try {
      const error = synthError(userApp((first) => new Bucket(first, "b", { name: "in bound" })));
      expect(error.message).not.toMatch(/\n\s+at /);
      expect(error.report).toMatch(/first-dev\/b: name = "dev-in bound" is not allowed[^\n]*\n\s+at reject /);
      expect(error.report).toMatch(/\n\s+at new Bucket /);
    } finally {
      if (previous === undefined) delete process.env.OCI_PIPELINES_DEBUG;
      else process.env.OCI_PIPELINES_DEBUG = previous;
    }
  });

  test("collectValidationErrors lists everything a synthesis would refuse, without synthesizing", () => {
    const app = userApp((first) => new Bucket(first, "b", { name: "in bound" }));
    expect(collectValidationErrors(app).map((p) => p.line)).toEqual(["first-dev/b: name = \"dev-in bound\" is not allowed: the final name <env>-<name> must be 1-63 letters, digits, '-', '_' or '.'"]);
    expect(files()).toEqual([]);
  });

  test("each synthesis-time check runs once per collection, its error listed once beside a user's own validation", () => {
    let runs = 0;
    const app = userApp((first) => {
      const c = new Construct(first, "c");
      addCheck(c, () => {
        runs++;
        return [new OciValidationError(c.node.path, "routes", [], "needs a route")];
      });
      c.node.addValidation({ validate: () => ["a user's own rule"] });
    });
    expect(collectValidationErrors(app).map((p) => p.line)).toEqual(["first-dev/c: routes = [] is not allowed: needs a route", "first-dev/c: a user's own rule"]);
    expect(runs).toBe(1);
  });
});
