import { createRuntime } from "../../shared/runtime";
import { type Reply, serveWith } from "../../shared/serve";
import { loadSettings } from "./settings";
import { handle } from "./handler";

serveWith(() => ({ settings: loadSettings(), rt: createRuntime<Reply>() }), handle);
