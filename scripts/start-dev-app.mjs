#!/usr/bin/env node
/* eslint-disable no-console */
/*
 * Starts a dev app: the new frontend system one by default, the legacy one
 * with --legacy.
 *
 *   npm start                                  # the BEP sample mapping
 *   npm start -- --config my-app-config.yaml   # your own personaDocs block
 *   npm start -- --entrypoint bench/app        # another dev entry (the bench app)
 *
 * With --config, only the `personaDocs` block of your files is used (the last
 * file that has one wins), on top of the dev app's own app-config.yaml. So an
 * administrator can pass their real app-config file: its app.baseUrl, backend
 * and secrets stay out of the dev app, and the dev app keeps its port.
 * Other arguments, such as --entrypoint, go to `backstage-cli package start`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const passThrough = [];
const userConfigs = [];
let legacy = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--legacy') legacy = true;
  else if (args[i] === '--config') userConfigs.push(args[++i]);
  else if (args[i].startsWith('--config=')) userConfigs.push(args[i].slice(9));
  else passThrough.push(args[i]);
}

function personaDocsOf(file) {
  let data;
  try {
    data = parse(readFileSync(resolve(process.cwd(), file), 'utf8'));
  } catch (error) {
    console.error(`Cannot read ${file}: ${error.message}`);
    process.exit(1);
  }
  return data && typeof data === 'object' ? data.personaDocs : undefined;
}

let mapping = join(root, 'dev', 'app-config.persona-docs.yaml');
let temporaryMapping;
if (userConfigs.length > 0) {
  const block = userConfigs
    .map(personaDocsOf)
    .filter(b => b !== undefined)
    .at(-1);
  if (block === undefined) {
    mapping = undefined;
    console.warn(
      `No personaDocs block in ${userConfigs.join(
        ', ',
      )}; the page will show how to write one.`,
    );
  } else {
    const dir = join(root, 'node_modules', '.cache', 'persona-docs');
    mkdirSync(dir, { recursive: true });
    // One file per dev app: the CLI watches its config files, so a shared
    // file would switch every running dev app to the last one started.
    mapping = join(dir, `app-config.persona-docs.${process.pid}.yaml`);
    writeFileSync(mapping, stringify({ personaDocs: block }));
    temporaryMapping = mapping;
    console.log(`Using the personaDocs block of ${userConfigs.join(', ')}`);
  }
}

const cli = [
  'package',
  'start',
  ...(legacy ? ['--entrypoint', 'dev/legacy'] : []),
  '--config',
  join(root, 'app-config.yaml'),
  ...(mapping ? ['--config', mapping] : []),
  ...passThrough,
];
const child = spawn(join(root, 'node_modules', '.bin', 'backstage-cli'), cli, {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', code => {
  if (temporaryMapping) rmSync(temporaryMapping, { force: true });
  process.exit(code ?? 1);
});
