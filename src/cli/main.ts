/* eslint-disable no-console */
import { defaultConfigFiles, formatProblemLine, validate } from './validate';
import { runDynamicCheck } from './dynamicCheckCommand';

const USAGE = `Usage: backstage-plugin-persona-docs validate [options]

Checks the personaDocs block of your app-config with the reader the persona
docs page uses, and prints every problem with its file, line and column.

Options:
  --config <file>      An app-config file; repeat for several, in merge order
                       (default: app-config.yaml and app-config.local.yaml)
  --backend <url>      Also check each docs entry against this backend's
                       catalog and TechDocs; the token comes from the
                       BACKSTAGE_TOKEN environment variable
  --format <text|json> Output format (default: text)
  --dynamic <dir>      Instead, check a dynamic plugin package (what
                       \`npm run build:dynamic\` makes, dist-dynamic) the way
                       Red Hat Developer Hub and Backstage would load it
  --help               Show this help

Exits with 0 when there are no problems, 1 when there are, 2 when the
command or the config files cannot be used.`;

interface Args {
  command?: string;
  configFiles: string[];
  backendUrl?: string;
  format: 'text' | 'json';
  help: boolean;
  dynamicDir?: string;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { configFiles: [], format: 'text', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg];
    const value = () => inline ?? argv[++i];
    if (name === '--help' || name === '-h') args.help = true;
    else if (name === '--config') {
      const file = value();
      if (!file) return '--config needs a file';
      args.configFiles.push(file);
    } else if (name === '--backend') {
      args.backendUrl = value();
      if (!args.backendUrl) return '--backend needs a URL';
    } else if (name === '--dynamic') {
      args.dynamicDir = value();
      if (!args.dynamicDir) return '--dynamic needs a folder';
    } else if (name === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json') {
        return '--format is text or json';
      }
      args.format = format;
    } else if (!arg.startsWith('-') && !args.command) args.command = arg;
    else return `unknown option ${arg}`;
  }
  return args;
}

/** Runs the command line; resolves to the exit code. */
export async function main(
  argv: string[],
  cwd: string = process.cwd(),
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string' || args.help || args.command !== 'validate') {
    if (typeof args === 'string') console.error(args);
    else if (!args.help) console.error('The command is validate.');
    console.error(USAGE);
    return typeof args !== 'string' && args.help ? 0 : 2;
  }
  if (args.dynamicDir)
    return runDynamicCheck(args.dynamicDir, cwd, args.format);
  const configFiles =
    args.configFiles.length > 0 ? args.configFiles : defaultConfigFiles(cwd);
  if (configFiles.length === 0) {
    console.error('No app-config.yaml here; name the files with --config.');
    return 2;
  }
  let problems;
  try {
    problems = await validate({
      configFiles,
      cwd,
      backendUrl: args.backendUrl,
      token: env.BACKSTAGE_TOKEN,
      env,
    });
  } catch (error) {
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
