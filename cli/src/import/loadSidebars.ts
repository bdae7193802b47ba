import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

/** A sidebars file that runs longer than this is stopped. */
const TIMEOUT_MS = 15_000;
/** More JSON than this is no sidebar. */
const MAX_OUTPUT = 32 * 1024 * 1024;

/**
 * Runs in the child: evaluates the bundled sidebars module given on stdin
 * as CommonJS and prints what it exports as JSON.
 */
const RUNNER = `
const { createRequire } = require('node:module');
const file = process.argv[1];
let code = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { code += chunk; });
process.stdin.on('end', () => {
  const module = { exports: {} };
  const run = new Function('module', 'exports', 'require', '__filename', '__dirname', code);
  run(module, module.exports, createRequire(file), file, require('node:path').dirname(file));
  let value = module.exports;
  if (value && typeof value === 'object' && 'default' in value &&
      (value.__esModule || Object.keys(value).length === 1)) value = value.default;
  Promise.resolve(value).then(resolved => {
    const json = JSON.stringify(resolved === undefined ? null : resolved);
    process.stdout.write(json, () => process.exit(0));
  }, error => { console.error(String(error && error.stack || error)); process.exit(3); });
});
`;

const LOADERS: Record<string, 'ts' | 'tsx' | 'js' | 'jsx'> = {
  '.ts': 'ts',
  '.mts': 'ts',
  '.cts': 'ts',
  '.tsx': 'tsx',
  '.js': 'js',
  '.mjs': 'js',
  '.cjs': 'js',
  '.jsx': 'jsx',
};

/**
 * Sidebars written as ES modules find their docs from `import.meta.url`
 * (Backstage's own does), which a CommonJS bundle leaves empty: each of the
 * project's modules gets its own file's URL, dirname and filename instead.
 */
const importMeta: Plugin = {
  name: 'persona-docs-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async args => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      return {
        contents: source
          .replace(
            /\bimport\.meta\.url\b/g,
            JSON.stringify(pathToFileURL(args.path).href),
          )
          .replace(
            /\bimport\.meta\.dirname\b/g,
            JSON.stringify(dirname(args.path)),
          )
          .replace(/\bimport\.meta\.filename\b/g, JSON.stringify(args.path)),
        loader: LOADERS[extname(args.path)] ?? 'js',
      };
    });
  },
};

async function bundle(file: string): Promise<string> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error(
      'reading a Docusaurus sidebars file needs esbuild (every Backstage repository has it through @backstage/cli): npm install --save-dev esbuild',
    );
  }
  const result = await esbuild.build({
    entryPoints: [file],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Packages stay out of the bundle; the child may require them from the
    // project's node_modules, read-only like everything else.
    packages: 'external',
    plugins: [importMeta],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The flag that turns on Node's permission model in this Node. */
function permissionFlag(): string {
  if (process.allowedNodeEnvironmentFlags.has('--permission')) {
    return '--permission';
  }
  if (process.allowedNodeEnvironmentFlags.has('--experimental-permission')) {
    return '--experimental-permission';
  }
  throw new Error(
    `this Node (${process.version}) has no permission model to run a sidebars file in; use Node 22 or 24`,
  );
}

/**
 * Loads what a Docusaurus `sidebars.js`/`.ts` exports, as plain data.
 *
 * A sidebars file is code: Docusaurus runs it, and it may compute its items,
 * import local files or read folders. So it is bundled with esbuild (which
 * strips TypeScript and resolves local imports) and run in a separate Node
 * process under Node's permission model: it may read the sidebars' folder
 * and the docs folder only, and cannot write files, start processes or
 * workers, or load native addons (Node 22 and 24 do not limit the network).
 * It gets an empty environment, 256 MB of heap and 15 seconds. Only its
 * JSON output comes back, and that is read as untrusted data.
 */
export async function loadSidebars(
  sidebarsFile: string,
  readable: readonly string[],
): Promise<unknown> {
  const file = resolve(sidebarsFile);
  const code = await bundle(file);
  const allow = [dirname(file), ...readable].map(
    path => `--allow-fs-read=${resolve(path)}`,
  );
  const args = [
    permissionFlag(),
    ...allow,
    '--max-old-space-size=256',
    '-e',
    RUNNER,
    file,
  ];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, {
      env: {},
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: TIMEOUT_MS,
    });
    const out: Buffer[] = [];
    let size = 0;
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT) child.kill('SIGKILL');
      else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < 4000) err += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      if (exitCode !== 0) {
        const why = signal
          ? `was stopped (${signal}; it ran longer than ${
              TIMEOUT_MS / 1000
            } s or printed too much)`
          : `failed: ${err.trim().split('\n').slice(0, 8).join('\n')}`;
        reject(new Error(`${sidebarsFile} ${why}`));
        return;
      }
      try {
        resolvePromise(JSON.parse(Buffer.concat(out).toString('utf8')));
      } catch (error) {
        reject(new Error(`${sidebarsFile} printed no JSON: ${String(error)}`));
      }
    });
    child.stdin.on('error', () => {});
    child.stdin.end(code);
  });
}
