import { createHash } from 'node:crypto';

const MAX_ID_LENGTH = 63;

/** Letters and digits of a text, lowercased, joined by single dashes. */
function idSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A stable entry id from a key's parts, such as the site and a page's
 * source path: `handbook-admin-install`. The id is what re-imports match
 * entries by, so it depends only on where the page lives, not on its title.
 * An id longer than the config allows keeps its start, followed by a hash
 * of the whole key, so two long keys never share an id.
 */
export function stableId(parts: readonly string[]): string {
  const full = parts.map(idSlug).filter(Boolean).join('-') || 'entry';
  if (full.length <= MAX_ID_LENGTH) return full;
  const hash = createHash('sha256')
    .update(parts.join('\0'))
    .digest('hex')
    .slice(0, 8);
  // Cut at a word boundary, so the id still reads as the path's start.
  const head = full.slice(0, MAX_ID_LENGTH - 9);
  const boundary = head.lastIndexOf('-');
  return `${boundary > 20 ? head.slice(0, boundary) : head}-${hash}`;
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
