import { App } from "cdktf";
import { buildApp, synthesizeAll } from "./stacks/app";

const app = new App();
buildApp(app);
synthesizeAll(app);
