import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** Which dev app to start, where, and with which administrator config. */
export interface DevAppOptions {
  system: 'new' | 'legacy';
  port: number;
  /** An app-config file whose personaDocs block replaces the sample one. */
  configFile?: string;
  /**
   * Another dev entry, relative to the package root, such as `bench/app`;
   * defaults to the system's own (dev/ or dev/legacy).
   */
  entrypoint?: string;
}

/** A running dev app. */
export interface DevApp {
  baseUrl: string;
  stop(): Promise<void>;
}

const ROOT = resolve(__dirname, '..');
const START_TIMEOUT_MS = 240_000;

/**
 * Starts a dev app through the same script as `npm start`, on its own port
 * (set through Backstage's APP_CONFIG_ environment overrides), and waits
 * until it serves pages.
 */
export async function startDevApp(options: DevAppOptions): Promise<DevApp> {
  const baseUrl = `http://localhost:${options.port}`;
  const args = ['scripts/start-dev-app.mjs'];
  if (options.system === 'legacy') args.push('--legacy');
  if (options.configFile) args.push('--config', options.configFile);
  if (options.entrypoint) args.push('--entrypoint', options.entrypoint);
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      BROWSER: 'none',
      APP_CONFIG_app_baseUrl: baseUrl,
      APP_CONFIG_backend_baseUrl: baseUrl,
    },
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const stop = () => stopProcessGroup(child);
  try {
    await waitUntilServing(baseUrl, child);
  } catch (error) {
    await stop();
    throw new Error(
      `${(error as Error).message}\n--- dev app output ---\n${output}`,
    );
  }
  return { baseUrl, stop };
}

async function waitUntilServing(baseUrl: string, child: ChildProcess) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The dev app exited with code ${child.exitCode}`);
    }
    try {
      const response = await fetch(baseUrl);
      // The dev server answers before the first compile is done; the page
      // is ready once the bundle it links to is served.
      if (response.ok && (await response.text()).includes('<script')) return;
    } catch {
      // Not listening yet.
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(
    `The dev app did not start within ${START_TIMEOUT_MS / 1000} s`,
  );
}

async function stopProcessGroup(child: ChildProcess) {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise(r => child.once('exit', r));
  try {
    // The dev app runs backstage-cli, which runs the bundler: stop them all.
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  await Promise.race([exited, new Promise(r => setTimeout(r, 10_000))]);
  if (child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
