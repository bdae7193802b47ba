import { BEP_PERSONAS, BEP_SECTIONS } from '../model/bepDefaults';
import {
  ALL_PERSONAS,
  ConfigProblem,
  DocsEntry,
  DocsSection,
  DocsTarget,
  Persona,
  PersonaDocsModel,
} from '../model/types';
import { checkUrl, normaliseDocsPath } from './checkUrl';
import { describeType, hasOwn, isRecord, ownValue } from './jsonValues';
import { at, formatKeyPath, KeyPath } from './keyPath';
import { parseEntityRefStrict } from './parseEntityRefStrict';
import { formatProblem, ProblemCode, quote, shorten } from './problems';
import { slugify } from './slugify';

/**
 * Deeper nesting is almost certainly a mistake (or a YAML alias loop).
 *
 * @internal
 */
export const MAX_ENTRY_DEPTH = 64;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 63;

const ROOT_KEYS = [
  'title',
  'defaultPersona',
  'builtInPersonas',
  'personas',
  'sections',
];
const PERSONA_KEYS = ['id', 'title', 'description', 'groups'];
const SECTION_KEYS = ['id', 'title', 'description', 'entries'];
const ENTRY_KEYS = [
  'id',
  'title',
  'description',
  'personas',
  'docs',
  'path',
  'url',
  'children',
];

/** A list of entries being read: where it sits and the slugs it used. */
interface EntryList {
  idPrefix: string;
  depth: number;
  slugs: Set<string>;
}

/**
 * Reads the raw `personaDocs` value in one pass, collecting problems and
 * remembering the ids that must be unique across the pass.
 *
 * @internal
 */
export class ModelReader {
  private readonly problems: ConfigProblem[] = [];
  /** Where each persona id was configured, for "first used at" messages. */
  private readonly configuredPersonas = new Map<string, KeyPath>();
  /** Every persona readers can pick, built-in or configured. */
  private readonly personaIds = new Set<string>();
  /** Where each section and configured entry id was first used. */
  private readonly sectionIds = new Map<string, KeyPath>();
  private readonly entryIds = new Map<string, KeyPath>();
  /**
   * Slugs used under each id prefix. A section and an entry may have the
   * same id, so their lists must share one set, or both would derive the
   * same ids for their children.
   */
  private readonly slugsByPrefix = new Map<string, Set<string>>();
  /** Objects being read right now, to stop on a reference loop. */
  private readonly ancestors = new Set<object>();
  private knownPersonaList = '';

  report(
    path: KeyPath,
    code: ProblemCode,
    params?: Record<string, string | number>,
  ) {
    this.problems.push(formatProblem(formatKeyPath(path), code, params));
  }

  read(raw: unknown): PersonaDocsModel {
    const root = at(undefined, 'personaDocs');
    // `personaDocs:` with nothing under it reads as null: not configured yet.
    if (raw === undefined || raw === null) {
      return this.result({});
    }
    if (!isRecord(raw)) {
      this.report(root, 'wrongType', {
        expected: 'an object',
        actual: describeType(raw),
        consequence: 'the whole personaDocs block is ignored',
      });
      return this.result({});
    }
    this.checkKeys(raw, root, ROOT_KEYS);
    return this.result(raw);
  }

  private result(raw: Record<string, unknown>): PersonaDocsModel {
    const root = at(undefined, 'personaDocs');
    const title = this.optionalString(raw, root, 'title', 'title ignored');
    const personas = this.readPersonas(raw, root);
    this.knownPersonaList = personas.map(p => p.id).join(', ') || '(none)';
    const defaultPersona = this.readDefaultPersona(raw, root);
    const sections = this.readSections(
      ownValue(raw, 'sections'),
      at(root, 'sections'),
    );
    return {
      ...(title !== undefined && { title }),
      ...(defaultPersona !== undefined && { defaultPersona }),
      personas,
      sections,
      problems: this.problems,
      configured: sections.some(s => s.entries.length > 0),
    };
  }

  private checkKeys(
    value: Record<string, unknown>,
    path: KeyPath,
    known: string[],
  ) {
    // for...in with an own-key check allocates no key array per entry.
    // eslint-disable-next-line guard-for-in
    for (const key in value) {
      if (!hasOwn(value, key)) continue;
      if (!known.includes(key)) {
        this.report(at(path, key), 'unknownKey', { known: known.join(', ') });
      }
    }
  }

  /** Reads an optional non-empty string; reports and drops anything else. */
  private optionalString(
    parent: Record<string, unknown>,
    parentPath: KeyPath,
    key: string,
    consequence: string,
  ): string | undefined {
    const value = ownValue(parent, key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.report(at(parentPath, key), 'wrongType', {
        expected: 'a string',
        actual: describeType(value),
        consequence,
      });
      return undefined;
    }
    const trimmed = value.trim();
    if (!trimmed) {
      this.report(at(parentPath, key), 'emptyString', { consequence });
      return undefined;
    }
    return trimmed;
  }

  /**
   * The built-in BEP personas (unless `builtInPersonas: false`) with the
   * configured ones merged in: a configured persona with a built-in id
   * refines it (its groups, say, keeping the BEP title and description),
   * any other id adds a persona.
   */
  private readPersonas(raw: Record<string, unknown>, root: KeyPath): Persona[] {
    const builtIn =
      this.optionalBoolean(
        raw,
        root,
        'builtInPersonas',
        'the built-in personas are kept',
      ) ?? true;
    const personas: Persona[] = builtIn
      ? BEP_PERSONAS.map(p => ({ ...p, groups: [] }))
      : [];
    const path = at(root, 'personas');
    const value = ownValue(raw, 'personas');
    if (value !== undefined && !Array.isArray(value)) {
      this.report(path, 'wrongType', {
        expected: 'a list',
        actual: describeType(value),
        consequence: 'ignored',
      });
    } else if (value !== undefined) {
      value.forEach((item, index) => {
        const itemPath = at(path, index);
        const persona = this.readPersona(item, itemPath, personas);
        if (!persona) return;
        const builtInIndex = personas.findIndex(p => p.id === persona.id);
        if (builtInIndex === -1) personas.push(persona);
        else personas[builtInIndex] = persona;
      });
    }
    if (personas.length === 0) {
      this.report(path, 'noPersonas');
    }
    personas.forEach(p => this.personaIds.add(p.id));
    return personas;
  }

  private readPersona(
    item: unknown,
    path: KeyPath,
    known: Persona[],
  ): Persona | undefined {
    if (!isRecord(item)) {
      this.report(path, 'wrongType', {
        expected: 'an object',
        actual: describeType(item),
        consequence: 'persona dropped',
      });
      return undefined;
    }
    this.checkKeys(item, path, PERSONA_KEYS);
    const rawId = ownValue(item, 'id');
    if (rawId === undefined) {
      this.report(path, 'missingId');
      return undefined;
    }
    const id = this.validId(rawId, at(path, 'id'), () => 'persona dropped');
    if (id === undefined) return undefined;
    if (id === ALL_PERSONAS) {
      this.report(at(path, 'id'), 'reservedId');
      return undefined;
    }
    const first = this.configuredPersonas.get(id);
    if (first !== undefined) {
      this.report(at(path, 'id'), 'duplicatePersonaId', {
        id: quote(id),
        first: formatKeyPath(first),
      });
      return undefined;
    }
    this.configuredPersonas.set(id, path);
    const builtIn = known.find(p => p.id === id);
    const title =
      this.optionalString(item, path, 'title', 'the id is shown instead') ??
      builtIn?.title ??
      id;
    const description =
      this.optionalString(item, path, 'description', 'description ignored') ??
      builtIn?.description;
    return {
      id,
      title,
      ...(description !== undefined && { description }),
      groups: this.readGroups(ownValue(item, 'groups'), at(path, 'groups')),
    };
  }

  /** Reads an optional boolean; reports and drops anything else. */
  private optionalBoolean(
    parent: Record<string, unknown>,
    parentPath: KeyPath,
    key: string,
    consequence: string,
  ): boolean | undefined {
    const value = ownValue(parent, key);
    if (value === undefined || typeof value === 'boolean') return value;
    this.report(at(parentPath, key), 'wrongType', {
      expected: 'true or false',
      actual: describeType(value),
      consequence,
    });
    return undefined;
  }

  private readGroups(value: unknown, path: KeyPath): string[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.report(path, 'wrongType', {
        expected: 'a list of entity refs',
        actual: describeType(value),
        consequence: 'groups ignored',
      });
      return [];
    }
    const groups: string[] = [];
    value.forEach((item, index) => {
      const itemPath = at(path, index);
      if (typeof item !== 'string') {
        this.report(itemPath, 'wrongType', {
          expected: 'an entity ref string',
          actual: describeType(item),
          consequence: 'ignored',
        });
        return;
      }
      const parsed = parseEntityRefStrict(item, 'group');
      if (!parsed.ok) {
        this.report(itemPath, 'invalidEntityRef', {
          ref: quote(item),
          reason: parsed.reason,
          consequence: 'ignored',
        });
        return;
      }
      // Entity refs compare case-insensitively in Backstage.
      const ref = parsed.entityRef.toLocaleLowerCase('en-US');
      if (!groups.includes(ref)) groups.push(ref);
    });
    return groups;
  }

  /**
   * The id when it is valid; otherwise reports it with its consequence,
   * which is only worked out then (it may derive another id).
   */
  private validId(
    value: unknown,
    path: KeyPath,
    consequence: () => string,
  ): string | undefined {
    if (typeof value !== 'string') {
      this.report(path, 'wrongType', {
        expected: 'a string',
        actual: describeType(value),
        consequence: consequence(),
      });
      return undefined;
    }
    if (!ID_PATTERN.test(value) || value.length > MAX_ID_LENGTH) {
      this.report(path, 'invalidId', {
        id: quote(value),
        consequence: consequence(),
      });
      return undefined;
    }
    return value;
  }

  private readDefaultPersona(
    raw: Record<string, unknown>,
    root: KeyPath,
  ): string | undefined {
    const id = this.optionalString(
      raw,
      root,
      'defaultPersona',
      'no default persona',
    );
    if (id === undefined) return undefined;
    if (!this.personaIds.has(id)) {
      this.report(at(root, 'defaultPersona'), 'unknownPersona', {
        id: quote(id),
        known: this.knownPersonaList,
      });
      return undefined;
    }
    return id;
  }

  private readSections(value: unknown, path: KeyPath): DocsSection[] {
    if (value === undefined) {
      return BEP_SECTIONS.map(s => {
        this.sectionIds.set(s.id, path);
        return { ...s, entries: [] };
      });
    }
    if (!Array.isArray(value)) {
      this.report(path, 'wrongType', {
        expected: 'a list',
        actual: describeType(value),
        consequence: 'the default sections are used instead',
      });
      return this.readSections(undefined, path);
    }
    const sections: DocsSection[] = [];
    value.forEach((item, index) => {
      const section = this.readSection(item, at(path, index), index);
      if (section) sections.push(section);
    });
    return sections;
  }

  private readSection(
    item: unknown,
    path: KeyPath,
    index: number,
  ): DocsSection | undefined {
    if (!isRecord(item)) {
      this.report(path, 'wrongType', {
        expected: 'an object',
        actual: describeType(item),
        consequence: 'section dropped',
      });
      return undefined;
    }
    this.checkKeys(item, path, SECTION_KEYS);
    const title = this.optionalString(item, path, 'title', 'title ignored');
    if (title === undefined) {
      const count = countEntries(ownValue(item, 'entries'));
      this.report(path, 'missingSectionTitle', {
        dropped: `section dropped${
          count ? ` with its ${plural(count, 'entry', 'entries')}` : ''
        }`,
      });
      return undefined;
    }
    const id = this.sectionId(
      ownValue(item, 'id'),
      path,
      slugify(title) || `section-${index + 1}`,
    );
    const description = this.optionalString(
      item,
      path,
      'description',
      'description ignored',
    );
    return {
      id,
      title,
      ...(description !== undefined && { description }),
      entries: this.readEntries(
        ownValue(item, 'entries'),
        at(path, 'entries'),
        {
          idPrefix: id,
          depth: 1,
        },
      ),
    };
  }

  /**
   * Picks the configured id when it is valid and unused, otherwise a derived
   * one, so a bad or duplicate id costs the id, never the content.
   */
  private sectionId(value: unknown, path: KeyPath, derived: string): string {
    const idPath = at(path, 'id');
    const id =
      value === undefined
        ? undefined
        : this.validId(value, idPath, () => `using ${quote(derived)}`);
    if (id === undefined) return this.claimId(this.sectionIds, derived, path);
    return this.claimId(this.sectionIds, id, path, {
      idPath,
      code: 'duplicateSectionId',
    });
  }

  /**
   * Records `wanted`, or the first of `wanted-2`, `wanted-3`, … still free,
   * as the id of the section or entry at `owner`. A configured id that was
   * taken is reported with where it was first used.
   */
  private claimId(
    ids: Map<string, KeyPath>,
    wanted: string,
    owner: KeyPath,
    configured?: {
      idPath: KeyPath;
      code: 'duplicateSectionId' | 'duplicateEntryId';
    },
  ): string {
    const unique = firstFree(wanted, ids);
    if (configured && unique !== wanted) {
      this.report(configured.idPath, configured.code, {
        id: quote(wanted),
        first: formatKeyPath(ids.get(wanted)!),
        replacement: quote(unique),
      });
    }
    ids.set(unique, owner);
    return unique;
  }

  /**
   * The configured id when it is valid, made unique with a suffix when taken;
   * otherwise one derived from the parent's id and the title. Derived ids
   * contain a slash, which configured ids cannot, and lists under the same
   * parent id share their slugs, so derived ids only need to differ from
   * those. That keeps the check cheap for configs with tens of thousands of
   * entries.
   */
  private entryId(
    item: Record<string, unknown>,
    path: KeyPath,
    list: EntryList,
    titleForSlug: string,
  ): string {
    const derive = () => {
      const slug = firstFree(slugify(titleForSlug) || 'entry', list.slugs);
      list.slugs.add(slug);
      return `${list.idPrefix}/${slug}`;
    };
    const value = ownValue(item, 'id');
    if (value === undefined) return derive();
    const idPath = at(path, 'id');
    let derived: string | undefined;
    const id = this.validId(value, idPath, () => {
      derived = derive();
      return `using ${quote(derived)}`;
    });
    if (id === undefined) return derived ?? derive();
    return this.claimId(this.entryIds, id, path, {
      idPath,
      code: 'duplicateEntryId',
    });
  }

  private readEntries(
    value: unknown,
    path: KeyPath,
    parent: { idPrefix: string; depth: number },
  ): DocsEntry[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.report(path, 'wrongType', {
        expected: 'a list',
        actual: describeType(value),
        consequence: 'ignored',
      });
      return [];
    }
    if (this.ancestors.has(value)) {
      this.report(path, 'cycle');
      return [];
    }
    this.ancestors.add(value);
    const entries: DocsEntry[] = [];
    let slugs = this.slugsByPrefix.get(parent.idPrefix);
    if (!slugs) {
      slugs = new Set();
      this.slugsByPrefix.set(parent.idPrefix, slugs);
    }
    const list: EntryList = { ...parent, slugs };
    value.forEach((item, index) => {
      const entry = this.readEntry(item, at(path, index), list);
      if (entry) entries.push(entry);
    });
    this.ancestors.delete(value);
    return entries;
  }

  private readEntry(
    item: unknown,
    path: KeyPath,
    parent: EntryList,
  ): DocsEntry | undefined {
    if (!isRecord(item)) {
      this.report(path, 'wrongType', {
        expected: 'an object',
        actual: describeType(item),
        consequence: 'entry dropped',
      });
      return undefined;
    }
    if (this.ancestors.has(item)) {
      this.report(path, 'cycle');
      return undefined;
    }
    this.checkKeys(item, path, ENTRY_KEYS);

    const title = this.optionalString(item, path, 'title', 'title ignored');
    const description = this.optionalString(
      item,
      path,
      'description',
      'description ignored',
    );
    const target = this.readTarget(item, path);
    const rawChildren = ownValue(item, 'children');

    if (title === undefined && target?.type !== 'techdocs') {
      this.report(path, 'missingEntryTitle', {
        dropped: droppedText(countEntries(rawChildren)),
      });
      return undefined;
    }

    const id = this.entryId(item, path, parent, title ?? targetSlug(target));
    const rawPersonas = ownValue(item, 'personas');
    const personas =
      rawPersonas === undefined
        ? undefined
        : this.readEntryPersonas(rawPersonas, at(path, 'personas'));

    let children: DocsEntry[] = [];
    if (rawChildren !== undefined) {
      if (parent.depth >= MAX_ENTRY_DEPTH) {
        this.report(at(path, 'children'), 'tooDeep', {
          max: MAX_ENTRY_DEPTH,
          count: countEntries(rawChildren),
        });
      } else {
        this.ancestors.add(item);
        children = this.readEntries(rawChildren, at(path, 'children'), {
          idPrefix: id,
          depth: parent.depth + 1,
        });
        this.ancestors.delete(item);
      }
    }

    if (!target && children.length === 0) {
      // When children were configured but all of them were dropped, their
      // own problems already say why; repeating it for every ancestor would
      // bury the cause.
      if (!hasItems(rawChildren)) {
        this.report(path, 'emptyEntry');
      }
      return undefined;
    }

    // Assigned one by one rather than spread: this runs for every entry of
    // configs with tens of thousands of them.
    const entry: DocsEntry = { id, children };
    if (title !== undefined) entry.title = title;
    if (description !== undefined) entry.description = description;
    if (personas !== undefined) entry.personas = personas;
    if (target !== undefined) entry.target = target;
    return entry;
  }

  private readEntryPersonas(
    value: unknown,
    path: KeyPath,
  ): string[] | undefined {
    if (value === undefined) return undefined;
    let items: unknown[];
    let itemPath = (index: number): KeyPath => at(path, index);
    if (typeof value === 'string') {
      this.report(path, 'personasAsString', { id: shorten(value.trim()) });
      items = [value];
      itemPath = () => path;
    } else if (Array.isArray(value)) {
      items = value;
    } else {
      this.report(path, 'wrongType', {
        expected: 'a list of persona ids',
        actual: describeType(value),
        consequence: "the parent's personas apply",
      });
      return undefined;
    }
    const personas: string[] = [];
    items.forEach((item, index) => {
      if (typeof item !== 'string') {
        this.report(itemPath(index), 'wrongType', {
          expected: 'a persona id',
          actual: describeType(item),
          consequence: 'ignored',
        });
        return;
      }
      const id = item.trim();
      if (!this.personaIds.has(id)) {
        this.report(itemPath(index), 'unknownPersona', {
          id: quote(item),
          known: this.knownPersonaList,
        });
        return;
      }
      if (!personas.includes(id)) personas.push(id);
    });
    if (personas.length === 0) {
      this.report(path, 'emptyPersonas');
      return undefined;
    }
    return personas;
  }

  private readTarget(
    item: Record<string, unknown>,
    path: KeyPath,
  ): DocsTarget | undefined {
    const docs = ownValue(item, 'docs');
    const url = ownValue(item, 'url');
    const rawPath = ownValue(item, 'path');

    if (docs !== undefined && url !== undefined) {
      this.report(at(path, 'url'), 'docsAndUrl');
    }
    if (docs === undefined) {
      if (rawPath !== undefined) {
        this.report(at(path, 'path'), 'pathWithoutDocs');
      }
      return url === undefined ? undefined : this.readUrl(url, at(path, 'url'));
    }

    const docsPath = at(path, 'docs');
    if (typeof docs !== 'string') {
      this.report(docsPath, 'wrongType', {
        expected: 'an entity ref string',
        actual: describeType(docs),
        consequence: 'docs ignored',
      });
      return undefined;
    }
    const parsed = parseEntityRefStrict(docs, 'component');
    if (!parsed.ok) {
      this.report(docsPath, 'invalidEntityRef', {
        ref: quote(docs),
        reason: parsed.reason,
        consequence: 'docs ignored',
      });
      return undefined;
    }
    const { kind, namespace, name } = parsed.ref;
    const pagePath = this.readDocsPath(rawPath, at(path, 'path'));
    return {
      type: 'techdocs',
      entityRef: parsed.entityRef,
      kind,
      namespace,
      name,
      ...(pagePath !== undefined && { path: pagePath }),
    };
  }

  private readDocsPath(value: unknown, path: KeyPath): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.report(path, 'wrongType', {
        expected: 'a string',
        actual: describeType(value),
        consequence: 'path ignored',
      });
      return undefined;
    }
    const normalised = normaliseDocsPath(value);
    if (normalised === undefined) {
      this.report(path, 'invalidPath', { path: quote(value) });
    }
    return normalised;
  }

  private readUrl(value: unknown, path: KeyPath): DocsTarget | undefined {
    if (typeof value !== 'string') {
      this.report(path, 'wrongType', {
        expected: 'a string',
        actual: describeType(value),
        consequence: 'url ignored',
      });
      return undefined;
    }
    const checked = checkUrl(value);
    if (!checked.ok) {
      this.report(
        path,
        checked.reason === 'spaces' ? 'urlWithSpaces' : 'unsafeUrl',
        { url: quote(value) },
      );
      return undefined;
    }
    return { type: 'url', url: checked.url, external: checked.external };
  }
}

/** Counts entries in a raw (unvalidated) list, for "N entries dropped". */
/** `base`, or the first of `base-2`, `base-3`, … that is not taken. */
function firstFree(base: string, taken: { has(name: string): boolean }) {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  return name;
}

function countEntries(
  value: unknown,
  depth = 0,
  seen = new Set<object>(),
): number {
  if (!Array.isArray(value) || depth > MAX_ENTRY_DEPTH || seen.has(value)) {
    return 0;
  }
  seen.add(value);
  let count = 0;
  for (const item of value) {
    if (isRecord(item) && !seen.has(item)) {
      seen.add(item);
      count += 1 + countEntries(ownValue(item, 'children'), depth + 1, seen);
    }
  }
  return count;
}

function hasItems(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

function droppedText(descendants: number): string {
  if (descendants === 0) return 'entry dropped';
  return `entry dropped with its ${plural(
    descendants,
    'descendant',
    'descendants',
  )}`;
}

function plural(count: number, one: string, other: string): string {
  return `${count} ${count === 1 ? one : other}`;
}

function targetSlug(target: DocsTarget | undefined): string {
  if (target?.type !== 'techdocs') return '';
  return target.path ? `${target.name}-${target.path}` : target.name;
}
