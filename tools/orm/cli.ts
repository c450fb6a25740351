/**
 * oci-pipelines orm package [--out cdktf.out] [--stack <name>]...
 * oci-pipelines orm deploy <env> [--out cdktf.out] [--stack <name>]... [--plan-only | --apply] ...
 *
 * Exit codes: 0 done, 1 a packaging problem or a failed/refused deploy, 2 usage error.
 */
import { parseArgs } from "node:util";
import { AUTH_MODES, authenticationProvider, resolveAuth } from "./auth";
import { Io, isParseArgsError, processIo, UsageError } from "../cli-io";
import type { ResourceManagerApi } from "./jobs";
import { packageSynthOutput } from "./package";

const USAGE = `Usage:
  orm package [--out <dir>] [--stack <name>]...
      Writes <dir>/orm/<stack>.zip (main.tf.json, variables.tf, schema.yaml) for every stack
      synthesized for Resource Manager (environments with deployment: "orm").
  orm deploy <env> [--out <dir>] [--stack <name>]... [--plan-only | --apply]
      Creates or updates one Resource Manager stack per synthesized stack of <env>, in dependency
      order, runs a plan job per stack and streams its log. Plans are saved as <plan-dir>/<stack>.json
      (terraform show -json form, for \`review --plan\`). Nothing is applied without --apply, which
      runs an apply job from exactly the plan just made.
Options:
  --out <dir>             cdktf synth output (default cdktf.out)
  --stack <name>          only this stack (repeatable); dependency order is kept
  --plan-only             plan only (the default; say it in scripts so the intent is explicit)
  --apply                 apply each stack's plan after it succeeds
  --plan-dir <dir>        where plan JSON goes (default <out>/orm/plans)
  --revision <label>      what is deployed (commit SHA, pr-42): a freeform tag on stacks and jobs
  --auth <mode>           ${AUTH_MODES.join(" | ")} (default OCI_CLI_AUTH, else api_key)
  --profile <name>        config-file profile (default OCI_CLI_PROFILE, else DEFAULT)
  --config-file <path>    OCI config file (default OCI_CLI_CONFIG_FILE, else ~/.oci/config)
  --endpoint <url>        Resource Manager endpoint override (private endpoints, tests)
  --poll-seconds <n>      how often job state and logs are polled (default 5)
  --help                  show this help
Sensitive inputs come from TF_VAR_<name>, as with Terraform; a stack keeps the values of earlier deploys.`;


/** One SDK client per region, authenticated by the provider `auth` names. */
async function clientFactory(authOptions: { mode?: string; profile?: string; configFile?: string }, endpoint?: string): Promise<(region: string) => ResourceManagerApi> {
  const provider = await authenticationProvider(resolveAuth(authOptions));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ResourceManagerClient } = require("oci-resourcemanager") as typeof import("oci-resourcemanager");
  const clients = new Map<string, InstanceType<typeof ResourceManagerClient>>();
  return (region) => {
    let client = clients.get(region);
    if (!client) {
      client = new ResourceManagerClient({ authenticationDetailsProvider: provider });
      if (endpoint) client.endpoint = endpoint;
      else client.regionId = region;
      clients.set(region, client);
    }
    return client;
  };
}

async function deployCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      out: { type: "string", default: "cdktf.out" },
      stack: { type: "string", multiple: true },
      "plan-only": { type: "boolean" },
      apply: { type: "boolean" },
      "plan-dir": { type: "string" },
      revision: { type: "string" },
      auth: { type: "string" },
      profile: { type: "string" },
      "config-file": { type: "string" },
      endpoint: { type: "string" },
      "poll-seconds": { type: "string" },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError("deploy needs exactly one environment name");
  if (values.apply && values["plan-only"]) throw new UsageError("--plan-only and --apply exclude each other");
  const pollSeconds = values["poll-seconds"] === undefined ? 5 : Number(values["poll-seconds"]);
  if (!Number.isFinite(pollSeconds) || pollSeconds < 0) throw new UsageError(`--poll-seconds must be a non-negative number (got ${values["poll-seconds"]})`);
  if (values.revision !== undefined && !/^[\w.\-/:]{1,100}$/.test(values.revision)) throw new UsageError("--revision must be 1-100 letters, digits or . _ - / :");
  const client = await clientFactory({ mode: values.auth, profile: values.profile, configFile: values["config-file"] }, values.endpoint);
  // The SDK client is loaded here, after argument checks, so `orm package` never needs it.
  const { deployEnvironment } = await import("./deploy");
  const outcomes = await deployEnvironment({
    outdir: values.out!,
    environment: positionals[0],
    stacks: values.stack,
    apply: values.apply === true,
    planDir: values["plan-dir"],
    revision: values.revision,
    client,
    io,
    pollIntervalMs: pollSeconds * 1000,
  });
  const lines = outcomes.map((o) => {
    const what = o.skipped ?? (o.changes ? `${o.changes.add} to add, ${o.changes.change} to change, ${o.changes.destroy} to destroy${o.applyJobId ? ", applied" : ""}` : "");
    return `  ${o.stack}: ${o.created ? "created" : "updated"} ${o.stackId}; ${what}`;
  });
  io.stdout(`\n${values.apply ? "Deployed" : "Planned (nothing applied)"}:\n${lines.join("\n")}\n`);
  return 0;
}

function packageCommand(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, options: { out: { type: "string", default: "cdktf.out" }, stack: { type: "string", multiple: true } }, strict: true, allowPositionals: true });
  if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const result = packageSynthOutput(values.out!, { stacks: values.stack });
  for (const w of result.written) io.stdout(`${w.stack}: ${w.file} (${w.bytes} bytes)\n`);
  if (result.skipped.length) io.stdout(`skipped ${result.skipped.length} stack(s) ${result.skipped[0].reason}: ${result.skipped.map((s) => s.stack).join(", ")}\n`);
  io.stdout(`${result.written.length} stack(s) packaged for Resource Manager\n`);
  return 0;
}

/** Runs `orm <subcommand>`; returns the exit code instead of exiting, so tests and the bin can call it. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "help" || rest.includes("--help")) {
      io.stdout(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === "package") return packageCommand(rest, io);
    if (command === "deploy") return await deployCommand(rest, io);
    throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  } catch (e) {
    const usage = e instanceof UsageError || isParseArgsError(e);
    io.stderr(`orm: ${(e as Error).message}\n${usage ? `\n${USAGE}\n` : ""}`);
    return usage ? 2 : 1;
  }
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
