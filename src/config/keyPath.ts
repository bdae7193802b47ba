/** Keys that can be written with a dot in a key path. */
const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/**
 * Formats key path segments the way app-config keys are usually written:
 * `personaDocs.sections[0].entries[2].title`. Unusual keys get bracket
 * notation so the path can always be followed back into the config.
 *
 * @internal
 */
export function formatKeyPath(segments: ReadonlyArray<string | number>): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') {
      path += `[${segment}]`;
    } else if (PLAIN_KEY.test(segment)) {
      path += path ? `.${segment}` : segment;
    } else {
      path += `[${JSON.stringify(segment)}]`;
    }
  }
  return path;
}
