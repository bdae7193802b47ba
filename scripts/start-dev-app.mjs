#!/usr/bin/env node
/* eslint-disable no-console */
/*
 * Starts the dev portal: the Backstage backend of dev/backend and a dev app
 * (the new frontend system one by default, the legacy one with --legacy),
 * both from this repository.
 *
 *   npm start                                  # the sample mapping of samples/
 *   npm start -- --config my-app-config.yaml   # your own personaDocs block
 *   npm start -- --port 3200 --backend-port 7200
 *
 * With --config, only the `personaDocs` block of your files is used (the last
 * file that has one wins), on top of the dev portal's own app-config.yaml. So
 * an administrator can pass their real app-config file: its app.baseUrl,
 * backend and secrets stay out of the dev portal. Other arguments go to
 * `backstage-cli package start`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const passThrough = [];
const userConfigs = [];
let legacy = false;
let appPort = 3123;
let backendPort = 7007;
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split(/=(.*)/s);
  const value = () => inline ?? args[++i];
  if (flag === '--legacy') legacy = true;
  else if (flag === '--config') userConfigs.push(value());
  else if (flag === '--port') appPort = Number(value());
  else if (flag === '--backend-port') backendPort = Number(value());
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

let mapping = join(root, 'samples', 'app-config.persona-docs.yaml');
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
    // One file per dev portal: the CLI watches its config files, so a shared
    // file would switch every running dev app to the last one started.
    mapping = join(dir, `app-config.persona-docs.${process.pid}.yaml`);
    writeFileSync(mapping, stringify({ personaDocs: block }));
    temporaryMapping = mapping;
    console.log(`Using the personaDocs block of ${userConfigs.join(', ')}`);
  }
}

const appUrl = `http://localhost:${appPort}`;
const backendUrl = `http://localhost:${backendPort}`;
// Backstage reads APP_CONFIG_* variables on top of its config files, in the
// backend and in the dev server alike.
const env = {
  ...process.env,
  APP_CONFIG_app_baseUrl: appUrl,
  APP_CONFIG_backend_baseUrl: backendUrl,
  APP_CONFIG_backend_listen_port: String(backendPort),
  APP_CONFIG_backend_cors_origin: appUrl,
};

const children = [];
function run(name, command, commandArgs, extraEnv = {}) {
  const child = spawn(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  });
  child.on('exit', code => {
    console.log(
      `The ${name} exited${code === null ? '' : ` with code ${code}`}`,
    );
    shutDown(code ?? 1);
  });
  children.push(child);
}

let stopping = false;
function shutDown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
  if (temporaryMapping) rmSync(temporaryMapping, { force: true });
  process.exitCode = code;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => shutDown(0));
}

// As `backstage-cli package start` runs a backend package: TypeScript
// transpiled on load, in development mode (which the guest sign-in needs).
run(
  'backend',
  process.execPath,
  [
    '--enable-source-maps',
    '--require',
    require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
    join('dev', 'backend', 'index.ts'),
    '--config',
    join(root, 'app-config.yaml'),
  ],
  { NODE_ENV: 'development' },
);
run('dev app', join(root, 'node_modules', '.bin', 'backstage-cli'), [
  'package',
  'start',
  ...(legacy ? ['--entrypoint', 'dev/legacy'] : []),
  '--config',
  join(root, 'app-config.yaml'),
  ...(mapping ? ['--config', mapping] : []),
  ...passThrough,
]);
