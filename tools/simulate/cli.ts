/**
 * npm run simulate -- --event FILE [--out cdktf.out] [--stack NAME]... [--json] [--invoke]
 *   or --alarm <ref> --state FIRING|OK | --message FILE --topic <ref> | --http "POST /path" [--header "K: V"]... [--body FILE]
 *
 * Exit codes: 0 simulated (whether or not anything matched), 2 bad input or usage.
 */
import { parseArgs } from "node:util";
import { Io, isParseArgsError, processIo } from "../cli-io";
import { simulateAlarm } from "./alarms";
import { CompartmentTree, type EnvironmentCompartments } from "./compartments";
import { SimulateOptions, selectedStacks } from "./context";
import { simulateEvent } from "./events";
import { type HttpRequestInput, parseRequestLine, simulateHttp } from "./gateway";
import { loadInvokeModule } from "./invoke/load";
import { EMPTY_RESPONSES, readResponses } from "./invoke/responses";
import { simulateMessage } from "./messages";
import { loadOutdir, readJsonFile, readTextFile, SynthApp } from "./model";
import { renderJson, renderText } from "./render";
import { SimulatedSecrets } from "./secrets";
import { Simulation, SimulationInputError } from "./types";

const USAGE = `Usage:
  simulate --event <file>                         route an OCI event (envelope JSON) through the Events rules
  simulate --alarm <ref> --state FIRING|OK        an alarm transition: its message to each destination topic
  simulate --message <file> --topic <ref>         a message published to a topic (the file's content is the body)
  simulate --http "<METHOD> <path>" [--header "<Name>: <value>"]... [--body <file>]
                                                  an HTTP request to the API Gateway deployments
Options:
  --out <dir>            synth output directory (default cdktf.out)
  --stack <name>         consider only this stack's rules/alarms/topics/deployments (repeatable)
  --region <region>      region the event is emitted in (default: the home region for IAM events)
  --compartments <file>  the compartment tree (default: the project's stacks/environments.ts, then the synthesized app)
  --invoke               run the project's function bundles through the FDK with each hop's payload
  --responses <file>     recorded upstream responses, secret values, attribute overrides for --invoke
  --json                 print one JSON object (deliveries, nonMatching, findings, notes)
  --help                 show this help
<ref> is a Terraform address, a construct path, or a display name / topic name.
In --http path, headers and body, {{secret:<secret_name>}} stands for that Vault secret's simulated value.
With --invoke, {{body-sha256}} in the path is the body's hex SHA-256, and {{twilio-signature:<secret_name>}}
in a header is the request's Twilio signature made with that secret (see README, --invoke).`;

const SIGNING_PLACEHOLDER = /\{\{(body-sha256|twilio-signature:[^}]*)\}\}/;


/** The project's environments as a compartment tree, when run inside this project (the package has none). */
async function projectTree(): Promise<CompartmentTree | undefined> {
  try {
    // Not a literal path: the package build leaves the project's stacks out, and a package user has none.
    const environments = "../../stacks/environments";
    const { ENVIRONMENTS } = (await import(environments)) as { ENVIRONMENTS: readonly EnvironmentCompartments[] };
    return CompartmentTree.fromEnvironments(ENVIRONMENTS);
  } catch {
    return undefined;
  }
}

function parseHeader(raw: string): [string, string] {
  const i = raw.indexOf(":");
  if (i <= 0) throw new SimulationInputError(`--header must be "<Name>: <value>", got ${JSON.stringify(raw)}`);
  return [raw.slice(0, i).trim(), raw.slice(i + 1).trim()];
}

/** Runs the simulator; returns the exit code instead of exiting, so tests (and `oci-pipelines simulate`) can call it. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        event: { type: "string" },
        alarm: { type: "string" },
        state: { type: "string" },
        message: { type: "string" },
        topic: { type: "string" },
        http: { type: "string" },
        header: { type: "string", multiple: true },
        body: { type: "string" },
        out: { type: "string", default: "cdktf.out" },
        stack: { type: "string", multiple: true },
        region: { type: "string" },
        compartments: { type: "string" },
        invoke: { type: "boolean" },
        responses: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const entries = (["event", "alarm", "message", "http"] as const).filter((k) => values[k] !== undefined);
    if (entries.length !== 1) throw new SimulationInputError(entries.length ? `give one of --${entries.join(", --")}, not several` : "nothing to simulate: give --event, --alarm, --message or --http");
    if (values.responses && !values.invoke) throw new SimulationInputError("--responses only applies with --invoke");

    const app: SynthApp = loadOutdir(values.out!);
    const compartments = values.compartments ? CompartmentTree.fromFile(values.compartments) : await projectTree();
    const options: SimulateOptions = { stacks: values.stack, compartments, region: values.region };
    const responses = values.responses ? readResponses(values.responses) : EMPTY_RESPONSES;
    const secrets = new SimulatedSecrets(responses.secrets);

    let sim: Simulation;
    if (values.event !== undefined) {
      sim = simulateEvent(app, readJsonFile(values.event, "event file"), options);
    } else if (values.alarm !== undefined) {
      if (values.state !== "FIRING" && values.state !== "OK") throw new SimulationInputError("--alarm needs --state FIRING or --state OK");
      sim = simulateAlarm(app, values.alarm, values.state, options);
    } else if (values.message !== undefined) {
      if (!values.topic) throw new SimulationInputError("--message needs --topic <address or name>");
      sim = simulateMessage(app, values.topic, readTextFile(values.message, "message file"), options);
    } else {
      const stacks = selectedStacks(app, values.stack);
      const expand = (s: string) => secrets.expand(s, app, stacks);
      const line = parseRequestLine(expand(values.http!));
      const headers = Object.fromEntries((values.header ?? []).map((h) => parseHeader(expand(h))));
      const body = values.body !== undefined ? expand(readTextFile(values.body, "body file")) : undefined;
      const httpOptions = { ...options, attributes: responses.attributes };
      let request: HttpRequestInput = { ...line, headers, body };
      if (values.invoke) request = (await loadInvokeModule()).signHttpRequest(app, request, { ...httpOptions, secrets });
      else if (SIGNING_PLACEHOLDER.test([request.path, ...Object.values(headers)].join("\n"))) {
        throw new SimulationInputError("{{body-sha256}} and {{twilio-signature:<secret_name>}} are computed with --invoke (only an invoked function checks a signature)");
      }
      sim = simulateHttp(app, request, httpOptions);
    }
    if (values.invoke) {
      await (await loadInvokeModule()).invokeSimulation(app, sim, { responses, secrets });
    }
    io.stdout(`${values.json ? renderJson(sim, secrets.scrubber) : renderText(sim, secrets.scrubber)}\n`);
    return 0;
  } catch (e) {
    const parseArgs = isParseArgsError(e);
    if (!parseArgs && !(e instanceof SimulationInputError)) throw e;
    io.stderr(`simulate: ${(e as Error).message}\n${parseArgs ? `\n${USAGE}\n` : ""}`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`simulate: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
