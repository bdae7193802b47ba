/* eslint-disable no-console */
import { parseArgs } from 'node:util';
import { tokenWarning } from './backendCheck';
import { ConfigFilesError } from './configFiles';
import { runDynamicCheck } from './dynamicCheckCommand';
import { importCommand } from './import/command';
import {
  defaultConfigFiles,
  formatProblemLine,
  SiteReadError,
  validate,
} from './validate';

const USAGE = `Usage: persona-docs validate [options]
       persona-docs import [options]   (import --help)

Checks the personaDocs block of your app-config with the reader the persona
docs page uses, and prints every problem with its file, line and column.

Options:
  --config <file>      An app-config file; repeat for several, in merge order
                       (default: app-config.yaml and app-config.local.yaml)
  --backend <url>      Also check each docs entry against this backend's
                       catalog and TechDocs; the token comes from the
                       BACKSTAGE_TOKEN environment variable
  --site [ref=]<path>  Also compare the entries with a site: an mkdocs.yml
                       (or its folder) or a built site folder. Lists entries
                       whose page is gone or left the nav, and pages of the
                       nav no entry reaches. The entity comes from the
                       catalog-info.yaml beside mkdocs.yml unless given.
                       Repeat for several sites.
  --ignore-page <glob> A page no entry needs to reach (its source path, such
                       as releases/**); repeatable
  --format <text|json> Output format (default: text)
  --dynamic <dir>      Instead, check a dynamic plugin package (what
                       \`npm run build:dynamic\` makes, dist-dynamic) the way
                       Red Hat Developer Hub and Backstage would load it
  --help               Show this help

Exits with 0 when there are no problems, 1 when there are (a file without
personaDocs is one), 2 when the command or the files cannot be used.`;

interface Args {
  command?: string;
  configFiles: string[];
  backendUrl?: string;
  sites: string[];
  ignorePages: string[];
  format: 'text' | 'json';
  help: boolean;
  dynamicDir?: string;
}

/** The arguments, or what is wrong with them. */
function readArgs(argv: string[]): Args | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        config: { type: 'string', multiple: true },
        backend: { type: 'string' },
        site: { type: 'string', multiple: true },
        'ignore-page': { type: 'string', multiple: true },
        dynamic: { type: 'string' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return (error as Error).message;
  }
  const { values, positionals } = parsed;
  if (values.format !== 'text' && values.format !== 'json') {
    return '--format is text or json';
  }
  if (positionals.length > 1) {
    return `unexpected argument ${positionals[1]}`;
  }
  if (values.config?.some(file => !file)) return '--config needs a file';
  if (values.backend === '') return '--backend needs a URL';
  if (values.dynamic === '') return '--dynamic needs a folder';
  return {
    command: positionals[0],
    configFiles: values.config ?? [],
    ...(values.backend !== undefined && { backendUrl: values.backend }),
    sites: values.site ?? [],
    ignorePages: values['ignore-page'] ?? [],
    dynamicDir: values.dynamic,
    format: values.format,
    help: values.help ?? false,
  };
}

/** Runs the command line; resolves to the exit code. */
export async function main(
  argv: string[],
  cwd: string = process.cwd(),
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  if (argv[0] === 'import') return importCommand(argv.slice(1), cwd);
  const args = readArgs(argv);
  if (typeof args === 'string' || args.help || args.command !== 'validate') {
    if (typeof args === 'string') console.error(args);
    else if (!args.help) console.error('The command is validate or import.');
    console.error(USAGE);
    return typeof args !== 'string' && args.help ? 0 : 2;
  }
  if (args.dynamicDir) {
    return runDynamicCheck(args.dynamicDir, cwd, args.format);
  }
  const configFiles =
    args.configFiles.length > 0 ? args.configFiles : defaultConfigFiles(cwd);
  if (configFiles.length === 0) {
    console.error('No app-config.yaml here; name the files with --config.');
    return 2;
  }
  if (args.backendUrl !== undefined) {
    if (!/^https?:\/\/[^/]/i.test(args.backendUrl)) {
      console.error(
        `--backend needs an http or https URL, not ${args.backendUrl}`,
      );
      return 2;
    }
    const warning = tokenWarning(args.backendUrl, env.BACKSTAGE_TOKEN);
    if (warning) console.error(warning);
  }
  let problems;
  try {
    problems = await validate({
      configFiles,
      cwd,
      backendUrl: args.backendUrl,
      token: env.BACKSTAGE_TOKEN,
      env,
      sites: args.sites,
      ignorePages: args.ignorePages,
    });
  } catch (error) {
    if (error instanceof SiteReadError) console.error(error.message);
    else if (error instanceof ConfigFilesError) {
      console.error('The config files could not be read:');
      for (const reason of error.reasons) console.error(`  ${reason}`);
    } else
      console.error(`The config files could not be read: ${String(error)}`);
    return 2;
  }
  if (args.format === 'json') {
    console.log(
      JSON.stringify({ ok: problems.length === 0, problems }, null, 2),
    );
  } else if (problems.length === 0) {
    console.log(`No problems in personaDocs (${configFiles.join(', ')}).`);
  } else {
    for (const problem of problems) console.log(formatProblemLine(problem));
    console.log(
      `${problems.length} problem${
        problems.length === 1 ? '' : 's'
      } in personaDocs.`,
    );
  }
  return problems.length === 0 ? 0 : 1;
}
