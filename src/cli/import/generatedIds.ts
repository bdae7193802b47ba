import { createHash } from 'node:crypto';
import { slugify } from '../../config/slugify';

const MAX_ID_LENGTH = 63;

/**
 * A stable entry id from a key's parts, such as the site and a page's
 * source path: `handbook-admin-install`. The id is what re-imports match
 * entries by, so it depends only on where the page lives, not on its title.
 * Ids longer than the config allows keep their start and end with a hash
 * of the whole key, so they stay unique.
 */
export function stableId(parts: readonly string[]): string {
  const slugs = parts.map(part => slugify(part)).filter(Boolean);
  const full = slugs.join('-') || 'entry';
  // slugify keeps at most 48 characters of a part: a part that long may
  // have been cut, and two long paths must not end up with one id.
  const cut = slugs.some(slug => slug.length >= 48);
  if (full.length <= MAX_ID_LENGTH && !cut) return full;
  const hash = createHash('sha256')
    .update(parts.join('\0'))
    .digest('hex')
    .slice(0, 8);
  return `${full.slice(0, MAX_ID_LENGTH - 9).replace(/-+$/, '')}-${hash}`;
}

/** Hands out ids, making a taken one unique with `-2`, `-3`, … */
export class IdPool {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.taken.add(id);
  }

  claim(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.taken.has(id); n++) {
      const suffix = `-${n}`;
      id = `${wanted
        .slice(0, MAX_ID_LENGTH - suffix.length)
        .replace(/-+$/, '')}${suffix}`;
    }
    this.taken.add(id);
    return id;
  }
}
