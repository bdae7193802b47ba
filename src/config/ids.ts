import { KeyPath } from './keyPath';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 63;

/**
 * Whether a configured id has the shape ids must have: lowercase letters,
 * digits and single dashes, at most 63 characters.
 */
export function isValidId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}

/**
 * The ids used so far in one namespace (sections, or entries), and where
 * each was first used.
 *
 * A wanted id that is taken becomes `id-2`, `id-3`, …; the next number to
 * try is remembered per id, so a thousand siblings with the same title cost
 * a thousand steps rather than half a million.
 */
export class IdRegistry {
  private readonly owners = new Map<string, KeyPath>();
  private readonly nextSuffix = new Map<string, number>();
  /** Ids derived below another id, as the slugs taken below it. */
  private readonly below = new Map<string, IdRegistry>();

  /** Where `id` was first used, if it is taken. */
  ownerOf(id: string): KeyPath | undefined {
    return this.owners.get(id);
  }

  /** Takes `wanted` if free, else the first free `wanted-N`, for `owner`. */
  claim(wanted: string, owner: KeyPath): string {
    let id = wanted;
    if (this.owners.has(id)) {
      let n = this.nextSuffix.get(wanted) ?? 2;
      while (this.owners.has(`${wanted}-${n}`)) n++;
      id = `${wanted}-${n}`;
      this.nextSuffix.set(wanted, n + 1);
    }
    this.owners.set(id, owner);
    return id;
  }

  /**
   * Takes `prefix/slug`, or the first free `prefix/slug-N`, for `owner`.
   *
   * The same as `claim` of the joined id, since slugs hold no slash, but
   * kept as slugs per prefix: a derived id holds its whole ancestry
   * (`section/group/page`), and hashing every one of them cost a tenth of
   * reading a 10,000-entry config. Each prefix is hashed once, as an id of
   * its own, and the joined id only when something looks it up.
   */
  claimBelow(prefix: string, slug: string, owner: KeyPath): string {
    let slugs = this.below.get(prefix);
    if (!slugs) {
      slugs = new IdRegistry();
      this.below.set(prefix, slugs);
    }
    return `${prefix}/${slugs.claim(slug, owner)}`;
  }

  /**
   * Gives an id back, for an entry that turned out to be dropped, so a later
   * entry can have it.
   */
  release(id: string) {
    this.owners.delete(id);
    const slash = id.lastIndexOf('/');
    if (slash >= 0) {
      this.below.get(id.slice(0, slash))?.release(id.slice(slash + 1));
    }
  }
}
