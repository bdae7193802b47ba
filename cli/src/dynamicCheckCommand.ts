/* eslint-disable no-console */
import { resolve } from 'node:path';
import { checkDynamicPlugin } from './dynamicCheck';

/**
 * `validate --dynamic <dir>`: prints what the dynamic plugin check found and
 * resolves to the exit code (0 fine, 1 problems, 2 unreadable package).
 */
export async function runDynamicCheck(
  dir: string,
  cwd: string,
  format: 'text' | 'json',
): Promise<number> {
  const packageDir = resolve(cwd, dir);
  let result;
  try {
    result = checkDynamicPlugin(packageDir);
  } catch (error) {
    console.error(`The dynamic plugin package could not be read: ${error}`);
    return 2;
  }
  const { problems, features, exposes } = result;
  if (format === 'json') {
    console.log(
      JSON.stringify({ ok: problems.length === 0, ...result }, null, 2),
    );
  } else if (problems.length === 0) {
    console.log(
      `Dynamic plugin ${dir}: exposes ${exposes.join(
        ', ',
      )}; declares ${Object.entries(features)
        .map(([entryPoint, type]) => `${entryPoint} (${type})`)
        .join(', ')}; shares React and the other singletons with the host.`,
    );
  } else {
    for (const problem of problems) {
      console.log(`${dir}: ${problem.kind}: ${problem.message}`);
    }
    console.log(
      `${problems.length} problem${
        problems.length === 1 ? '' : 's'
      } in the dynamic plugin: a host would skip it or break without saying why.`,
    );
  }
  return problems.length === 0 ? 0 : 1;
}
