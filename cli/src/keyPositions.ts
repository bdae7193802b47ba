import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, Node, parseDocument } from 'yaml';

/** Where a key of the config is written. */
export interface KeyPosition {
  file: string;
  line: number;
  column: number;
}

/**
 * A key path as the reader writes it, `personaDocs.sections[0]["a b"]`,
 * back into its keys and list indexes.
 */
export function parseKeyPath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  const pattern = /([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\./y;
  while (pattern.lastIndex < path.length) {
    const match = pattern.exec(path);
    if (!match) break;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(JSON.parse(match[3]));
  }
  // Keys the reader cut short end in an ellipsis; what came before is kept.
  return segments.map(s => (typeof s === 'string' ? s.replace(/…$/, '') : s));
}

interface ParsedFile {
  contents: Node | null;
  lines: LineCounter;
}

/**
 * Finds where the keys of problems are written in a set of app-config
 * files, as Backstage merges them: the last file that sets a key wins, and
 * `$include` leads into the included file. A key no file sets (a default,
 * say) is placed at the deepest of its parents that one does.
 */
export class KeyPositions {
  private readonly parsed = new Map<string, ParsedFile | undefined>();

  constructor(private readonly files: readonly string[]) {}

  find(keyPath: string): KeyPosition | undefined {
    const segments = parseKeyPath(keyPath);
    let best: { position: KeyPosition; depth: number } | undefined;
    for (const file of this.files) {
      const found = this.findIn(file, segments, 0, new Set([file]));
      // Later files win ties: they override earlier ones.
      if (found && (!best || found.depth >= best.depth)) best = found;
    }
    return best?.position;
  }

  private findIn(
    file: string,
    segments: (string | number)[],
    depth: number,
    chain: ReadonlySet<string>,
  ): { position: KeyPosition; depth: number } | undefined {
    const parsed = this.parse(file);
    if (!parsed?.contents) return undefined;
    let node: Node | null = parsed.contents;
    let at: { position: KeyPosition; depth: number } | undefined;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i];
      if (isMap(node)) {
        const include = node.items.find(
          pair => (pair.key as any)?.value === '$include',
        );
        if (include && typeof (include.value as any)?.value === 'string') {
          // `$include: file.yaml#a.b` includes the value at a.b of the file.
          const [target, fragment] = String((include.value as any).value).split(
            '#',
          );
          const within = fragment ? fragment.split('.') : [];
          const included = resolve(dirname(file), target);
          // A loop of includes is reported before keys are looked up;
          // following one here would never end.
          if (chain.has(included)) return at;
          const found = this.findIn(
            included,
            [...within, ...segments.slice(i)],
            depth + i - within.length,
            new Set([...chain, included]),
          );
          return found && (!at || found.depth > at.depth) ? found : at;
        }
        const pair = node.items.find(
          item => String((item.key as any)?.value) === String(segment),
        );
        if (!pair) return at;
        at = {
          position: this.position(file, parsed, (pair.key as Node).range?.[0]),
          depth: depth + i + 1,
        };
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) return at;
        at = {
          position: this.position(file, parsed, item.range?.[0]),
          depth: depth + i + 1,
        };
        node = item;
      } else {
        return at;
      }
    }
    return at;
  }

  private position(
    file: string,
    parsed: ParsedFile,
    offset: number | undefined,
  ): KeyPosition {
    const { line, col } = parsed.lines.linePos(offset ?? 0);
    return { file, line, column: col };
  }

  private parse(file: string): ParsedFile | undefined {
    if (!this.parsed.has(file)) {
      try {
        const lines = new LineCounter();
        const document = parseDocument(readFileSync(file, 'utf8'), {
          lineCounter: lines,
        });
        this.parsed.set(file, { contents: document.contents, lines });
      } catch {
        this.parsed.set(file, undefined);
      }
    }
    return this.parsed.get(file);
  }
}
