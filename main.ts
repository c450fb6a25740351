import { App } from "cdktf";
import { buildApp } from "./stacks/app";

// Every stack gets an OciEnvironment, which makes app.synth() validate the
// whole app before writing anything and check what it wrote against the
// oracle/oci schema (constructs/core/synth.ts).
const app = new App();
buildApp(app);
app.synth();
