import { createB2cDeps } from "../../shared/b2c";
import { createRuntime } from "../../shared/runtime";
import { type Reply, serveWith } from "../../shared/serve";
import { loadSettings } from "./settings";
import { handle } from "./handler";

serveWith(() => createB2cDeps(loadSettings(), createRuntime<Reply>()), handle);
