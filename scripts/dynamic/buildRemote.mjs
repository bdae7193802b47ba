/*
 * `backstage-cli package build --module-federation`, trimmed by
 * trimRemote.cjs. The CLI writes the remote to dist/, where the plugin's
 * ordinary build lives, so that build is set aside meanwhile and put back
 * afterwards, also when the remote fails to build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const mainBuildAside = join(root, '.dist-main-build');
const trimRemote = join(root, 'scripts', 'dynamic', 'trimRemote.cjs');

/** Builds the remote into `target`; `env` adds to the CLI's environment. */
export function buildRemote(target, env = {}) {
  if (existsSync(mainBuildAside)) {
    // An interrupted run left the ordinary build aside: put it back first.
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    renameSync(mainBuildAside, join(root, 'dist'));
  }
  if (existsSync(join(root, 'dist'))) {
    renameSync(join(root, 'dist'), mainBuildAside);
  }
  try {
    const cli = join(root, 'node_modules/@backstage/cli/bin/backstage-cli');
    // eslint-disable-next-line no-console
    console.log('$ backstage-cli package build --module-federation');
    execFileSync(
      process.execPath,
      [cli, 'package', 'build', '--module-federation'],
      {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...process.env,
          ...env,
          NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require ${trimRemote}`]
            .filter(Boolean)
            .join(' '),
        },
      },
    );
    renameSync(join(root, 'dist'), target);
  } finally {
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    if (existsSync(mainBuildAside)) {
      renameSync(mainBuildAside, join(root, 'dist'));
    }
  }
}
