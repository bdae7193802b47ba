import { ALL_PERSONAS, DocsEntry, PersonaDocsModel } from '../model/types';

/** Which entries one persona sees, with per-section counts. */
export interface PersonaVisibility {
  /** 1 for every entry the persona sees, by flat index. */
  readonly shown: Uint8Array;
  readonly sectionCounts: Int32Array;
}

/**
 * The entries of a {@link PersonaDocsModel} flattened once into arrays in
 * depth-first order, so that working out what a persona sees is a few
 * linear passes over typed arrays, with no recursion and no re-reading of
 * the model. Built once per model and shared by every language's index
 * index and by navigation; what each persona sees is cached on first use.
 */
export class FlatTree {
  readonly entries: DocsEntry[] = [];
  /** The flat index of each entry's parent; -1 at a section's top level. */
  readonly parents: number[] = [];
  /** One past the last flat index of each entry's subtree. */
  readonly subtreeEnds: number[] = [];
  /** Effective personas after inheritance; undefined means everyone. */
  readonly personaLists: (readonly string[] | undefined)[] = [];
  /** Start of each section in the flat arrays, plus the total at the end. */
  readonly sectionStarts: number[] = [];
  /** Keyed by entry object: hashing long id strings is the slow part. */
  private readonly indexByEntry = new Map<DocsEntry, number>();
  private readonly visibilities = new Map<string, PersonaVisibility>();

  constructor(readonly model: PersonaDocsModel) {
    for (const section of model.sections) {
      this.sectionStarts.push(this.entries.length);
      for (const entry of section.entries) this.add(entry, -1, undefined);
    }
    this.sectionStarts.push(this.entries.length);
  }

  private add(
    entry: DocsEntry,
    parent: number,
    inherited: readonly string[] | undefined,
  ) {
    const index = this.entries.length;
    const personas = entry.personas ?? inherited;
    this.entries.push(entry);
    this.parents.push(parent);
    this.subtreeEnds.push(index + 1);
    this.personaLists.push(personas);
    this.indexByEntry.set(entry, index);
    for (const child of entry.children) this.add(child, index, personas);
    this.subtreeEnds[index] = this.entries.length;
  }

  get size(): number {
    return this.entries.length;
  }

  /** The flat index of an entry of the model, or -1. */
  indexOf(entry: DocsEntry): number {
    return this.indexByEntry.get(entry) ?? -1;
  }

  /** The section an entry at a flat index belongs to. */
  sectionAt(index: number): number {
    let s = 0;
    while (this.sectionStarts[s + 1] <= index) s++;
    return s;
  }

  /**
   * What a persona (or `all`) sees. An entry is shown when its personas
   * (its own list, else its nearest ancestor's, else everyone) include the
   * persona and its parent is shown; a group without a target of its own
   * disappears when none of its children is shown.
   */
  visibility(persona: string): PersonaVisibility {
    let visibility = this.visibilities.get(persona);
    if (!visibility) {
      visibility = this.computeVisibility(persona);
      this.visibilities.set(persona, visibility);
    }
    return visibility;
  }

  private computeVisibility(persona: string): PersonaVisibility {
    const n = this.entries.length;
    const shown = new Uint8Array(n);
    if (persona === ALL_PERSONAS) {
      // The config reader drops groups without children, so every entry has
      // a target or a child and nothing needs pruning.
      shown.fill(1);
    } else {
      const visible = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const list = this.personaLists[i];
        const parent = this.parents[i];
        visible[i] =
          (list === undefined || list.includes(persona)) &&
          (parent < 0 || visible[parent] === 1)
            ? 1
            : 0;
      }
      // Children come after their parent in depth-first order, so a reverse
      // pass sees every child before its parent.
      const hasShownChild = new Uint8Array(n);
      for (let i = n - 1; i >= 0; i--) {
        if (
          visible[i] &&
          (this.entries[i].target !== undefined || hasShownChild[i])
        ) {
          shown[i] = 1;
          const parent = this.parents[i];
          if (parent >= 0) hasShownChild[parent] = 1;
        }
      }
    }
    const sectionCounts = new Int32Array(this.model.sections.length);
    for (let s = 0; s < sectionCounts.length; s++) {
      let count = 0;
      for (let i = this.sectionStarts[s]; i < this.sectionStarts[s + 1]; i++) {
        count += shown[i];
      }
      sectionCounts[s] = count;
    }
    return { shown, sectionCounts };
  }
}
