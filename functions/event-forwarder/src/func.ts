import { createRuntime } from "../../shared/runtime";
import { type Reply, serveWith } from "../../shared/serve";
import { loadSettings } from "./settings";
import { createDeps, handle } from "./handler";

serveWith(() => createDeps(loadSettings(), createRuntime<Reply>()), handle);
