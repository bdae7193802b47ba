import { stringifyEntityRef } from '@backstage/catalog-model';
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
import { describeType, isRecord, ownValue } from './jsonValues';
import { formatKeyPath } from './keyPath';
import { parseEntityRefStrict } from './parseEntityRefStrict';
import { formatProblem, ProblemCode, quote } from './problems';
import { slugify } from './slugify';

/**
 * Deeper nesting is almost certainly a mistake (or a YAML alias loop).
 *
 * @internal
 */
export const MAX_ENTRY_DEPTH = 64;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 63;

const ROOT_KEYS = ['title', 'defaultPersona', 'personas', 'sections'];
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

type KeyPath = ReadonlyArray<string | number>;

/**
 * Reads the raw `personaDocs` value in one pass, collecting problems and
 * remembering the ids that must be unique across the pass.
 *
 * @internal
 */
export class ModelReader {
  private readonly problems: ConfigProblem[] = [];
  private readonly personaIds = new Map<string, string>();
  private readonly sectionIds = new Map<string, string>();
  private readonly entryIds = new Map<string, string>();
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
    const root: KeyPath = ['personaDocs'];
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
    const root: KeyPath = ['personaDocs'];
    const title = this.optionalString(raw, root, 'title', 'title ignored');
    const personas = this.readPersonas(ownValue(raw, 'personas'), [
      ...root,
      'personas',
    ]);
    this.knownPersonaList = personas.map(p => p.id).join(', ') || '(none)';
    const defaultPersona = this.readDefaultPersona(raw, root);
    const sections = this.readSections(ownValue(raw, 'sections'), [
      ...root,
      'sections',
    ]);
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
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) {
        this.report([...path, key], 'unknownKey', { known: known.join(', ') });
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
    const path = [...parentPath, key];
    if (typeof value !== 'string') {
      this.report(path, 'wrongType', {
        expected: 'a string',
        actual: describeType(value),
        consequence,
      });
      return undefined;
    }
    const trimmed = value.trim();
    if (!trimmed) {
      this.report(path, 'emptyString', { consequence });
      return undefined;
    }
    return trimmed;
  }

  private readPersonas(value: unknown, path: KeyPath): Persona[] {
    if (value === undefined) {
      const defaults = BEP_PERSONAS.map(p => ({ ...p, groups: [] }));
      defaults.forEach((p, i) =>
        this.personaIds.set(p.id, formatKeyPath([...path, i])),
      );
      return defaults;
    }
    if (!Array.isArray(value)) {
      this.report(path, 'wrongType', {
        expected: 'a list',
        actual: describeType(value),
        consequence: 'the default personas are used instead',
      });
      return this.readPersonas(undefined, path);
    }
    const personas: Persona[] = [];
    value.forEach((item, index) => {
      const persona = this.readPersona(item, [...path, index]);
      if (persona) personas.push(persona);
    });
    if (personas.length === 0) {
      this.report(path, 'noPersonas');
    }
    return personas;
  }

  private readPersona(item: unknown, path: KeyPath): Persona | undefined {
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
    const id = this.validId(rawId, [...path, 'id'], 'persona dropped');
    if (id === undefined) return undefined;
    if (id === ALL_PERSONAS) {
      this.report([...path, 'id'], 'reservedId');
      return undefined;
    }
    const first = this.personaIds.get(id);
    if (first !== undefined) {
      this.report([...path, 'id'], 'duplicatePersonaId', {
        id: quote(id),
        first,
      });
      return undefined;
    }
    this.personaIds.set(id, formatKeyPath(path));
    const title =
      this.optionalString(item, path, 'title', 'the id is shown instead') ??
      id;
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
      groups: this.readGroups(ownValue(item, 'groups'), [...path, 'groups']),
    };
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
      const itemPath = [...path, index];
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
      const ref = stringifyEntityRef(parsed.ref).toLocaleLowerCase('en-US');
      if (!groups.includes(ref)) groups.push(ref);
    });
    return groups;
  }

  private validId(
    value: unknown,
    path: KeyPath,
    consequence: string,
  ): string | undefined {
    if (typeof value !== 'string') {
      this.report(path, 'wrongType', {
        expected: 'a string',
        actual: describeType(value),
        consequence,
      });
      return undefined;
    }
    if (!ID_PATTERN.test(value) || value.length > MAX_ID_LENGTH) {
      this.report(path, 'invalidId', { id: quote(value), consequence });
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
      this.report([...root, 'defaultPersona'], 'unknownPersona', {
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
        this.sectionIds.set(s.id, formatKeyPath(path));
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
      const section = this.readSection(item, [...path, index], index);
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
        dropped: `section dropped${count ? ` with its ${plural(count, 'entry', 'entries')}` : ''}`,
      });
      return undefined;
    }
    const id = this.uniqueId(
      ownValue(item, 'id'),
      [...path, 'id'],
      slugify(title) || `section-${index + 1}`,
      this.sectionIds,
      'duplicateSectionId',
      path,
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
      entries: this.readEntries(ownValue(item, 'entries'), [...path, 'entries'], {
        idPrefix: id,
        depth: 1,
      }),
    };
  }

  /**
   * Picks the configured id when it is valid and unused, otherwise a derived
   * one, so a bad or duplicate id costs the id, never the content.
   */
  private uniqueId(
    value: unknown,
    idPath: KeyPath,
    derived: string,
    taken: Map<string, string>,
    duplicateCode: 'duplicateSectionId' | 'duplicateEntryId',
    ownerPath: KeyPath,
  ): string {
    let id: string | undefined;
    if (value !== undefined) {
      id = this.validId(value, idPath, `using ${quote(derived)}`);
    }
    const candidate = id ?? derived;
    let unique = candidate;
    for (let n = 2; taken.has(unique); n++) {
      unique = `${candidate}-${n}`;
    }
    if (id !== undefined && unique !== id) {
      this.report(idPath, duplicateCode, {
        id: quote(id),
        first: taken.get(id)!,
        replacement: quote(unique),
      });
    }
    taken.set(unique, formatKeyPath(ownerPath));
    return unique;
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
    value.forEach((item, index) => {
      const entry = this.readEntry(item, [...path, index], parent);
      if (entry) entries.push(entry);
    });
    this.ancestors.delete(value);
    return entries;
  }

  private readEntry(
    item: unknown,
    path: KeyPath,
    parent: { idPrefix: string; depth: number },
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

    const id = this.uniqueId(
      ownValue(item, 'id'),
      [...path, 'id'],
      `${parent.idPrefix}/${slugify(title ?? targetSlug(target)) || 'entry'}`,
      this.entryIds,
      'duplicateEntryId',
      path,
    );
    const personas = this.readEntryPersonas(ownValue(item, 'personas'), [
      ...path,
      'personas',
    ]);

    let children: DocsEntry[] = [];
    if (rawChildren !== undefined) {
      if (parent.depth >= MAX_ENTRY_DEPTH) {
        this.report([...path, 'children'], 'tooDeep', {
          max: MAX_ENTRY_DEPTH,
          count: countEntries(rawChildren),
        });
      } else {
        this.ancestors.add(item);
        children = this.readEntries(rawChildren, [...path, 'children'], {
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

    return {
      id,
      ...(title !== undefined && { title }),
      ...(description !== undefined && { description }),
      ...(personas !== undefined && { personas }),
      ...(target !== undefined && { target }),
      children,
    };
  }

  private readEntryPersonas(
    value: unknown,
    path: KeyPath,
  ): string[] | undefined {
    if (value === undefined) return undefined;
    let items: unknown[];
    let itemPath = (index: number): KeyPath => [...path, index];
    if (typeof value === 'string') {
      this.report(path, 'personasAsString', { id: value.trim() });
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
      this.report([...path, 'url'], 'docsAndUrl');
    }
    if (docs === undefined) {
      if (rawPath !== undefined) {
        this.report([...path, 'path'], 'pathWithoutDocs');
      }
      return url === undefined ? undefined : this.readUrl(url, [...path, 'url']);
    }

    const docsPath = [...path, 'docs'];
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
    const pagePath = this.readDocsPath(rawPath, [...path, 'path']);
    return {
      type: 'techdocs',
      entityRef: stringifyEntityRef(parsed.ref),
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
function countEntries(value: unknown, depth = 0, seen = new Set<object>()): number {
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
  return `entry dropped with its ${plural(descendants, 'descendant', 'descendants')}`;
}

function plural(count: number, one: string, other: string): string {
  return `${count} ${count === 1 ? one : other}`;
}

function targetSlug(target: DocsTarget | undefined): string {
  if (target?.type !== 'techdocs') return '';
  return target.path ? `${target.name}-${target.path}` : target.name;
}
