import { BEP_SECTIONS } from '../model/bepDefaults';
import { targetLabel } from '../model/targets';
import { quote } from '../model/text';
import { DocsEntry, DocsSection } from '../model/types';
import { ConfigNode } from './ConfigNode';
import { IdRegistry, isValidId } from './ids';
import { at, formatKeyPath } from './keyPath';
import { readEntryPersonas, PersonaIds } from './personas';
import { ProblemLog } from './problems';
import { slugify } from './slugify';
import { readCatalogSource } from './catalogSource';
import { readEntityRefs, readTranslations } from './extras';
import { readTarget } from './targets';

/**
 * Deeper nesting is almost certainly a mistake (or a YAML alias loop).
 */
export const MAX_ENTRY_DEPTH = 64;

/**
 * Entries read at most. YAML aliases can make a small file stand for an
 * enormous tree; past this many entries the rest is not read at all.
 */
export const MAX_ENTRIES = 200_000;

const DEFAULT_SECTIONS_PATH = at(at(undefined, 'personaDocs'), 'sections');

/** Counted at most when saying how many entries a mistake costs. */
const MAX_COUNTED = 10_000;

const SECTION_KEYS = new Set([
  'id',
  'title',
  'description',
  'entries',
  'translations',
]);
const ENTRY_KEYS = new Set([
  'id',
  'title',
  'description',
  'personas',
  'docs',
  'path',
  'url',
  'children',
  'learningPath',
  'entities',
  'translations',
  'fromCatalog',
]);

/**
 * The children of every entry without any: most entries of a large config
 * are leaves, and one shared frozen list spares an array for each.
 */
const NO_CHILDREN = Object.freeze([]) as unknown as DocsEntry[];

/**
 * Reads the sections and their entry trees, keeping ids unique and the
 * amount of work bounded.
 */
export class EntriesReader {
  private readonly sectionIds = new IdRegistry();
  private readonly entryIds = new IdRegistry();
  private entriesLeft = MAX_ENTRIES;

  constructor(
    private readonly log: ProblemLog,
    private readonly personaIds: PersonaIds,
  ) {}

  /** The configured sections, or the two BEP sections when none are. */
  readSections(root: ConfigNode | undefined): DocsSection[] {
    const sections: DocsSection[] = [];
    const listed = root?.eachObject(
      'sections',
      'the default sections are used instead',
      'section dropped',
      (item, index) => {
        const section = this.readSection(item, index);
        if (section) sections.push(section);
      },
    );
    if (listed) return sections;
    return BEP_SECTIONS.map(section => {
      this.sectionIds.claim(section.id, DEFAULT_SECTIONS_PATH);
      return { ...section, entries: [] };
    });
  }

  private readSection(
    node: ConfigNode,
    index: number,
  ): DocsSection | undefined {
    node.checkKeys(SECTION_KEYS);
    const title = node.string('title', 'title ignored');
    if (title === undefined) {
      const count = node.countEntries('entries', MAX_COUNTED);
      this.log.report(node.path, 'missingSectionTitle', {
        dropped: `section dropped${
          count ? ` with its ${entriesText(count)}` : ''
        }`,
      });
      return undefined;
    }
    const id = this.claimId(
      this.sectionIds,
      node,
      slugify(title) || `section-${index + 1}`,
      'duplicateSectionId',
    );
    const description = node.string('description', 'description ignored');
    const translations = readTranslations(node, this.log);
    return {
      id,
      title,
      ...(description !== undefined && { description }),
      ...(translations && { translations }),
      entries: this.readEntries(node, 'entries', id, 1),
    };
  }

  private readEntries(
    node: ConfigNode,
    key: string,
    idPrefix: string,
    depth: number,
  ): DocsEntry[] {
    const entries: DocsEntry[] = [];
    node.eachObject(key, 'ignored', 'entry dropped', item => {
      if (this.entriesLeft === 0) {
        this.entriesLeft = -1;
        this.log.report(item.path, 'tooManyEntries', { max: MAX_ENTRIES });
      }
      if (this.entriesLeft < 0) return false;
      this.entriesLeft--;
      const entry = this.readEntry(item, idPrefix, depth);
      if (entry) entries.push(entry);
      return true;
    });
    return entries;
  }

  private readEntry(
    node: ConfigNode,
    idPrefix: string,
    depth: number,
  ): DocsEntry | undefined {
    node.checkKeys(ENTRY_KEYS);
    const title = node.string('title', 'title ignored');
    const description = node.string('description', 'description ignored');
    const target = readTarget(node, this.log);
    if (title === undefined && target?.type !== 'techdocs') {
      const count = node.countEntries('children', MAX_COUNTED);
      this.log.report(node.path, 'missingEntryTitle', {
        dropped: count
          ? `entry dropped with its ${plural(count, 'descendant')}`
          : 'entry dropped',
      });
      return undefined;
    }

    const id = this.entryId(node, idPrefix, title ?? targetLabel(target));
    const personas = readEntryPersonas(node, this.personaIds, this.log);
    const entities = readEntityRefs(node, 'entities', 'component', this.log);
    const translations = readTranslations(node, this.log);
    let learningPath = node.boolean('learningPath', 'learningPath ignored');
    if (learningPath && !node.has('children')) {
      this.log.report(
        at(node.path, 'learningPath'),
        'learningPathWithoutSteps',
      );
      learningPath = undefined;
    }
    let fromCatalog = readCatalogSource(node, this.log);
    if (fromCatalog && target) {
      this.log.report(at(node.path, 'fromCatalog'), 'catalogWithTarget');
      fromCatalog = undefined;
    }
    const problemsBefore = this.log.count;
    let children = NO_CHILDREN;
    if (node.has('children')) {
      if (depth >= MAX_ENTRY_DEPTH) {
        this.log.report(at(node.path, 'children'), 'tooDeep', {
          max: MAX_ENTRY_DEPTH,
          count: countText(node.countEntries('children', MAX_COUNTED)),
        });
      } else {
        children = this.readEntries(node, 'children', id, depth + 1);
      }
    }

    // A group the catalog fills may have no configured children.
    if (!target && children.length === 0 && !fromCatalog) {
      // When children were configured but all of them were dropped, their
      // own problems already say why; repeating it for every ancestor would
      // bury the cause.
      if (this.log.count === problemsBefore) {
        this.log.report(node.path, 'emptyEntry');
      }
      this.entryIds.release(id);
      return undefined;
    }

    // Assigned one by one rather than spread: this runs for every entry of
    // configs with tens of thousands of them.
    const entry: DocsEntry = { id, children };
    if (title !== undefined) entry.title = title;
    if (description !== undefined) entry.description = description;
    if (personas !== undefined) entry.personas = personas;
    if (target !== undefined) entry.target = target;
    if (learningPath) entry.learningPath = true;
    if (entities?.length) entry.entities = entities;
    if (translations) entry.translations = translations;
    if (fromCatalog) entry.fromCatalog = fromCatalog;
    return entry;
  }

  /**
   * The configured id when it is valid and free; otherwise one derived from
   * the parent's id and the title, like `framework/getting-started`.
   * Derived ids contain a slash, which configured ids cannot, so the two
   * never collide.
   */
  private entryId(node: ConfigNode, idPrefix: string, label: string): string {
    const derive = () =>
      this.entryIds.claimBelow(idPrefix, slugify(label) || 'entry', node.path);
    if (!node.has('id')) return derive();
    return this.claimId(this.entryIds, node, derive, 'duplicateEntryId');
  }

  /**
   * The configured `id` when valid, made unique with a suffix when taken
   * (and reported with where it was first used); otherwise the fallback. A
   * bad or duplicate id costs the id, never the content.
   */
  private claimId(
    registry: IdRegistry,
    node: ConfigNode,
    fallback: string | (() => string),
    duplicateCode: 'duplicateSectionId' | 'duplicateEntryId',
  ): string {
    const takeFallback = () =>
      typeof fallback === 'string'
        ? registry.claim(fallback, node.path)
        : fallback();
    const idPath = at(node.path, 'id');
    const value = node.value('id');
    if (value === undefined) return takeFallback();
    if (typeof value !== 'string' || !isValidId(value)) {
      const replacement = takeFallback();
      if (typeof value === 'string') {
        this.log.report(idPath, 'invalidId', {
          id: quote(value),
          consequence: `using ${quote(replacement)}`,
        });
      } else {
        node.wrongType(
          idPath,
          'a string',
          value,
          `using ${quote(replacement)}`,
        );
      }
      return replacement;
    }
    const first = registry.ownerOf(value);
    const id = registry.claim(value, node.path);
    if (first) {
      this.log.report(idPath, duplicateCode, {
        id: quote(value),
        first: formatKeyPath(first),
        replacement: quote(id),
      });
    }
    return id;
  }
}

function plural(count: number, word: string): string {
  return `${countText(count)} ${count === 1 ? word : `${word}s`}`;
}

function entriesText(count: number): string {
  return `${countText(count)} ${count === 1 ? 'entry' : 'entries'}`;
}

function countText(count: number): string {
  return count >= MAX_COUNTED ? `${MAX_COUNTED}+` : String(count);
}
