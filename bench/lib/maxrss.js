// Preloaded with `node -r` into a measured child process: on exit it prints the
// process's peak resident set size so the parent can report peak memory.
process.on("exit", () => {
  require("fs").writeSync(2, `\n__MAXRSS_KB__=${process.resourceUsage().maxRSS}\n`);
});
