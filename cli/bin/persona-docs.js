#!/usr/bin/env node
// The persona docs command line: `persona-docs validate`. Built from cli/src
// by scripts/build-cli.mjs.
require('../dist/main.cjs')
  .main(process.argv.slice(2))
  .then(code => {
    process.exitCode = code;
  });
