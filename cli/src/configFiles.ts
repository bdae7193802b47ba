import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';

/** Why a set of config files cannot be loaded, each reason with its place. */
export class ConfigFilesError extends Error {
  constructor(readonly reasons: readonly string[]) {
    super(reasons.join('\n'));
  }
}

/** `$include`s followed at most, one inside the other. */
const MAX_INCLUDE_DEPTH = 32;

interface Include {
  target: string;
  line: number;
  column: number;
}

/**
 * Checks config files and every file they `$include`, before Backstage's
 * loader reads them: that each exists and is YAML, and that no `$include`
 * leads back to a file it came from, which would make the loader run
 * forever. Throws a {@link ConfigFilesError} naming the file, line and the
 * chain of includes for each reason.
 */
export function checkConfigFiles(files: readonly string[], cwd: string): void {
  const reasons: string[] = [];
  const name = (file: string) => relative(cwd, file) || file;
  const includesOf = new Map<string, Include[] | undefined>();

  const read = (file: string): Include[] | undefined => {
    if (includesOf.has(file)) return includesOf.get(file);
    let includes: Include[] | undefined;
    try {
      includes = parseIncludes(file);
    } catch (error) {
      reasons.push(`${name(file)}: ${(error as Error).message}`);
    }
    includesOf.set(file, includes);
    return includes;
  };

  const follow = (file: string, chain: string[]) => {
    const includes = read(file);
    for (const include of includes ?? []) {
      const target = resolve(dirname(file), include.target);
      const at = `${name(file)}:${include.line}:${include.column}`;
      if (chain.includes(target)) {
        const loop = [...chain.slice(chain.indexOf(target)), target];
        reasons.push(`${at}: $include loop: ${loop.map(name).join(' → ')}`);
      } else if (!existsSync(target)) {
        reasons.push(
          `${at}: $include of ${name(target)}, which does not exist`,
        );
      } else if (chain.length >= MAX_INCLUDE_DEPTH) {
        reasons.push(`${at}: $include nested deeper than ${MAX_INCLUDE_DEPTH}`);
      } else {
        follow(target, [...chain, target]);
      }
    }
  };

  for (const file of files) {
    if (!existsSync(file)) reasons.push(`${name(file)}: no such file`);
    else follow(file, [file]);
  }
  if (reasons.length > 0) throw new ConfigFilesError([...new Set(reasons)]);
}

/** The `$include`s of a YAML file, or an error saying where it is not YAML. */
function parseIncludes(file: string): Include[] {
  const lines = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), {
    lineCounter: lines,
  });
  const [error] = document.errors;
  if (error) {
    const { line, col } = lines.linePos(error.pos[0]);
    // The parser's message ends with the place and an excerpt of the
    // file; the place is given once, at the front.
    const message = error.message
      .split('\n')[0]
      .replace(/ at line \d+, column \d+:?$/, '');
    throw new Error(`${line}:${col}: not valid YAML: ${message}`);
  }
  const includes: Include[] = [];
  visit(document, {
    Pair(_key, pair) {
      if (
        isScalar(pair.key) &&
        pair.key.value === '$include' &&
        isScalar(pair.value) &&
        typeof pair.value.value === 'string'
      ) {
        const { line, col } = lines.linePos(pair.key.range?.[0] ?? 0);
        includes.push({
          target: pair.value.value.split('#')[0],
          line,
          column: col,
        });
      }
    },
  });
  return includes;
}
