#!/usr/bin/env node
// The persona docs command line: `backstage-plugin-persona-docs validate`.
// Built from src/cli by scripts/build-cli.mjs.
require('../dist-cli/main.cjs')
  .main(process.argv.slice(2))
  .then(code => {
    process.exitCode = code;
  });
