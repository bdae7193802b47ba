/**
 * A config key path, such as `personaDocs.sections[0].entries[2].title`,
 * stored as a link to its parent. Reading a large config creates one path
 * per entry and field, so paths are cheap to extend and only turned into
 * text when a problem is reported.
 */
export interface KeyPath {
  readonly parent?: KeyPath;
  readonly key: string | number;
}

/**
 * Extends a key path by one key or list index.
 */
export function at(parent: KeyPath | undefined, key: string | number): KeyPath {
  return { parent, key };
}

/** Longest key shown in a key path; a longer one is cut, like a long value. */
const MAX_KEY_LENGTH = 80;

/** Keys that can be written with a dot in a key path. */
const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/**
 * Formats a key path the way app-config keys are usually written:
 * `personaDocs.sections[0].entries[2].title`. Unusual keys get bracket
 * notation so the path can always be followed back into the config.
 */
export function formatKeyPath(path: KeyPath): string {
  const segments: (string | number)[] = [];
  for (let node: KeyPath | undefined = path; node; node = node.parent) {
    segments.push(node.key);
  }
  let text = '';
  for (let i = segments.length - 1; i >= 0; i--) {
    let segment = segments[i];
    if (typeof segment === 'string' && segment.length > MAX_KEY_LENGTH) {
      segment = `${segment.slice(0, MAX_KEY_LENGTH)}…`;
    }
    if (typeof segment === 'number') {
      text += `[${segment}]`;
    } else if (PLAIN_KEY.test(segment)) {
      text += text ? `.${segment}` : segment;
    } else {
      text += `[${JSON.stringify(segment)}]`;
    }
  }
  return text;
}
