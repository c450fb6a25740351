/**
 * Secret values of one simulation run. Functions read Vault secrets at run
 * time; a simulation gives each secret resource one value for the whole run
 * (the recorded-responses file's, else a generated one), so that a request can
 * carry the same value an authorizer compares it with: `{{secret:<secret_name>}}`
 * in an `--http` path, header or body stands for the value of that secret.
 * Every value is registered with the scrubber and never printed.
 */
import { randomBytes } from "node:crypto";
import { Scrubber } from "./mask";
import { SynthApp, SynthResource, resourcesOfType } from "./model";
import { SimulationInputError } from "./types";

export class SimulatedSecrets {
  private readonly values = new Map<string, string>();

  constructor(
    private readonly recorded: Readonly<Record<string, string>> = {},
    readonly scrubber: Scrubber = new Scrubber(),
  ) {}

  /** `secret_name` of a secret resource (or its Terraform name). */
  static nameOf(secret: SynthResource): string {
    return typeof secret.body.secret_name === "string" ? secret.body.secret_name : secret.name;
  }

  /** The value of a secret resource in this run. */
  valueOf(secret: SynthResource): string {
    const key = `${secret.stack}:${secret.address}`;
    let value = this.values.get(key);
    if (value === undefined) {
      const name = SimulatedSecrets.nameOf(secret);
      value = this.recorded[key] ?? this.recorded[secret.address] ?? this.recorded[name] ?? `simulated-${name}:${randomBytes(12).toString("hex")}`;
      this.scrubber.add(value);
      const colon = value.indexOf(":");
      if (colon > 0) this.scrubber.add(value.slice(colon + 1));
      this.values.set(key, value);
    }
    return value;
  }

  /** The value of the one secret named `name` (`secret_name`) in `stacks`; `placeholder` is what asked, for the message. */
  named(name: string, app: SynthApp, stacks: ReadonlySet<string>, placeholder = `{{secret:${name}}}`): string {
    const found = resourcesOfType(app, "oci_vault_secret").filter((s) => stacks.has(s.stack) && SimulatedSecrets.nameOf(s) === name);
    if (found.length !== 1) {
      throw new SimulationInputError(`${placeholder} names ${found.length ? `${found.length} secrets (${found.map((s) => s.stack).join(", ")}): choose one with --stack` : "no oci_vault_secret with that secret_name in the selected stacks"}`);
    }
    return this.valueOf(found[0]);
  }

  /** Replaces `{{secret:<secret_name>}}` with the value of the secret of that name in `stacks`. */
  expand(text: string, app: SynthApp, stacks: ReadonlySet<string>): string {
    return text.replace(/\{\{secret:([A-Za-z0-9_.-]+)\}\}/g, (_m, name: string) => this.named(name, app, stacks));
  }
}
