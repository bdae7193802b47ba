import { isDeepStrictEqual } from 'node:util';

type Fields = Record<string, unknown>;
/** `s:<id>` for sections, `e:<id>` for entries, `~…` for items without id. */
type Key = string;
const ROOT = '';

interface Flat {
  fields: Map<Key, Fields>;
  parent: Map<Key, Key>;
  children: Map<Key, Key[]>;
  /** Items kept as they are: not objects, so not mergeable. */
  raw: Map<Key, unknown>;
  sections: Set<Key>;
  /** Items written with an empty list of children. */
  emptyList: Set<Key>;
}

/** What a re-import did, for the person running it. */
export interface MergeReport {
  added: number;
  removed: number;
  /** Entries whose page left the nav but which you edited, so they stay. */
  keptEdited: string[];
  /**
   * Groups you edited whose pages all moved elsewhere in the nav (say, as
   * the nav renamed the group), so they went with your edits.
   */
  droppedEdited: string[];
  /** Fields you changed, kept over what the site now says. */
  handEdits: number;
}

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(sections: readonly unknown[]): Flat {
  const flat: Flat = {
    fields: new Map(),
    parent: new Map(),
    children: new Map([[ROOT, []]]),
    raw: new Map(),
    sections: new Set(),
    emptyList: new Set(),
  };
  const visit = (list: readonly unknown[], parent: Key, isSection: boolean) => {
    const siblings = flat.children.get(parent)!;
    list.forEach((item, index) => {
      let key: Key = `~${parent}/${index}`;
      if (isRecord(item) && typeof item.id === 'string') {
        const wanted = `${isSection ? 's' : 'e'}:${item.id}`;
        if (!flat.fields.has(wanted)) key = wanted;
      }
      siblings.push(key);
      if (isSection) flat.sections.add(key);
      flat.parent.set(key, parent);
      flat.children.set(key, []);
      if (!isRecord(item)) {
        flat.raw.set(key, item);
        flat.fields.set(key, {});
        return;
      }
      const childKey = isSection ? 'entries' : 'children';
      const { [childKey]: children, ...fields } = item;
      // An id that is not a string, or taken, stays a plain field.
      if (!key.startsWith('~')) delete fields.id;
      flat.fields.set(key, fields);
      if (Array.isArray(children)) {
        if (children.length === 0) flat.emptyList.add(key);
        visit(children, key, false);
      } else if (children !== undefined) fields[childKey] = children;
    });
  };
  visit(sections, ROOT, true);
  return flat;
}

function sameOrder(a: readonly Key[], b: readonly Key[]): boolean {
  const inB = new Set(b);
  const inA = new Set(a);
  const left = a.filter(k => inB.has(k));
  const right = b.filter(k => inA.has(k));
  return isDeepStrictEqual(left, right);
}

/**
 * Merges a new import into the block as it is now, given the previous
 * import: a three-way merge keyed by `id`.
 *
 * - A field you changed since the last import (`ours` differs from `base`)
 *   keeps your value; any other field takes the new import's.
 * - Entries you added stay, after the entry they followed. Entries you
 *   deleted stay deleted. Entries you moved stay where you put them.
 * - New pages are added where the nav has them. Pages that left the nav are
 *   removed, unless you edited their entry or put entries of your own in
 *   it: then they stay, listed in the report (and by `validate --site`).
 * - Siblings you reordered keep your order; otherwise the nav's order.
 *
 * `ours` and `base` are read as untrusted YAML; the result is the new list
 * of sections (for the sections `base` or `theirs` has; others in `ours`
 * are kept as they are).
 */
export function mergeImport(
  base: readonly unknown[],
  ours: readonly unknown[],
  theirs: readonly unknown[],
): { sections: unknown[]; report: MergeReport } {
  const B = flatten(base);
  const O = flatten(ours);
  const T = flatten(theirs);
  const report: MergeReport = {
    added: 0,
    removed: 0,
    keptEdited: [],
    droppedEdited: [],
    handEdits: 0,
  };
  const inB = (k: Key) => B.fields.has(k);
  const inO = (k: Key) => O.fields.has(k);
  const inT = (k: Key) => T.fields.has(k);

  const edited = (k: Key) =>
    !isDeepStrictEqual(O.fields.get(k), B.fields.get(k)) ||
    O.parent.get(k) !== B.parent.get(k);

  // Which items stay, and under which parent (and from whose tree).
  const kept = new Set<Key>();
  const parentOf = new Map<Key, { key: Key; tree: Flat }>();
  const all = new Set<Key>([...O.fields.keys(), ...T.fields.keys()]);
  for (const k of all) {
    if (inT(k) && inB(k) && !inO(k)) continue; // deleted by hand
    if (!inT(k) && inB(k) && inO(k) && !edited(k)) continue; // left the nav
    kept.add(k);
  }
  for (const k of all) {
    const fromOurs =
      inO(k) && !(inB(k) && inT(k) && O.parent.get(k) === B.parent.get(k));
    const tree = fromOurs || !inT(k) ? O : T;
    parentOf.set(k, { key: tree.parent.get(k)!, tree });
  }
  // An item kept inside one that left the nav keeps that one too; an item
  // whose parent went moves up to the nearest that stayed.
  const resolveParent = (k: Key) => {
    const { tree } = parentOf.get(k)!;
    let parent = parentOf.get(k)!.key;
    while (parent !== ROOT && !kept.has(parent)) {
      if (tree === O && inO(parent) && inB(parent) && !inT(parent)) {
        kept.add(parent);
        resolveParent(parent);
        break;
      }
      parent = tree.parent.get(parent) ?? ROOT;
    }
    parentOf.set(k, { key: parent, tree });
  };
  for (const k of [...kept]) resolveParent(k);
  const isSection = (k: Key) => O.sections.has(k) || T.sections.has(k);
  for (const k of [...kept]) {
    // An entry whose section was deleted by hand goes with it.
    if (!isSection(k) && parentOf.get(k)!.key === ROOT) kept.delete(k);
  }
  const candidates = new Map<Key, Set<Key>>();
  for (const k of kept) {
    const parent = parentOf.get(k)!.key;
    if (!candidates.has(parent)) candidates.set(parent, new Set());
    candidates.get(parent)!.add(k);
  }

  const fields = new Map<Key, Fields>();
  for (const k of kept) {
    if (inO(k) && inB(k)) {
      const o = O.fields.get(k)!;
      const b = B.fields.get(k)!;
      const t = T.fields.get(k);
      const merged: Fields = {};
      for (const name of new Set([
        ...Object.keys(o),
        ...Object.keys(b),
        ...Object.keys(t ?? {}),
      ])) {
        const mine = isDeepStrictEqual(o[name], b[name]);
        if (!mine) report.handEdits++;
        const value = mine && t ? t[name] : o[name];
        if (value !== undefined) merged[name] = value;
      }
      fields.set(k, merged);
      if (!inT(k)) report.keptEdited.push(k.slice(2));
    } else if (inO(k)) {
      fields.set(k, { ...T.fields.get(k), ...O.fields.get(k) });
    } else {
      fields.set(k, T.fields.get(k)!);
      if (!inB(k) && !isSection(k)) report.added++;
    }
  }
  for (const k of B.fields.keys()) {
    if (inO(k) && !inT(k) && !kept.has(k) && !isSection(k)) report.removed++;
  }

  const childrenOf = (parent: Key): Key[] => {
    const here = candidates.get(parent) ?? new Set<Key>();
    const mine = (O.children.get(parent) ?? []).filter(k => here.has(k));
    const new_ = (T.children.get(parent) ?? []).filter(k => here.has(k));
    const reordered =
      inO(parent) || parent === ROOT
        ? !sameOrder(O.children.get(parent) ?? [], B.children.get(parent) ?? [])
        : false;
    const primary =
      reordered || (!inT(parent) && parent !== ROOT) ? mine : new_;
    const secondary = primary === mine ? new_ : mine;
    const order = [...primary];
    secondary.forEach((k, index) => {
      if (order.includes(k)) return;
      const before = secondary
        .slice(0, index)
        .reverse()
        .find(p => order.includes(p));
      order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, k);
    });
    for (const k of here) if (!order.includes(k)) order.push(k);
    return order;
  };

  const build = (key: Key, sectionLevel: boolean): unknown => {
    if (O.raw.has(key)) return O.raw.get(key);
    const children = childrenOf(key)
      .map(k => build(k, false))
      .filter(child => child !== undefined);
    const own = fields.get(key)!;
    const generated = inB(key) || inT(key);
    const hadChildren =
      (O.children.get(key)?.length ?? 0) > 0 ||
      (!inO(key) && (T.children.get(key)?.length ?? 0) > 0);
    const leadsSomewhere = ['docs', 'url', 'fromCatalog'].some(
      f => own[f] !== undefined,
    );
    if (
      generated &&
      hadChildren &&
      children.length === 0 &&
      (sectionLevel || !leadsSomewhere)
    ) {
      if (!sectionLevel) report.removed++;
      if (inO(key) && inB(key) && edited(key)) {
        report.droppedEdited.push(key.slice(2));
      }
      return undefined; // a group whose pages all went
    }
    const item: Fields = key.startsWith('~') ? {} : { id: key.slice(2) };
    Object.assign(item, own);
    const listWanted = sectionLevel
      ? !('entries' in own)
      : O.emptyList.has(key);
    if (children.length > 0 || listWanted) {
      item[sectionLevel ? 'entries' : 'children'] = children;
    }
    return item;
  };

  const sections = childrenOf(ROOT)
    .map(k => build(k, true))
    .filter(section => section !== undefined);
  return { sections, report };
}
