import { formatProblem } from '../config/problems';
import { listForMessage, quote } from '../model/text';
import {
  ConfigProblem,
  DocsEntry,
  DocsSection,
  PersonaDocsModel,
} from '../model/types';
import {
  catalogGroups,
  GROUP_ANNOTATION,
  PERSONAS_ANNOTATION,
  TECHDOCS_ANNOTATIONS,
} from './catalogQuery';
import { matchesFilter } from './matchFilter';
import { readCatalogEntity } from './readCatalogEntity';

/** Problems kept at most from the catalog, so bad annotations stay readable. */
const MAX_PROBLEMS = 100;

function list(value: unknown): string[] {
  return typeof value === 'string'
    ? value
        .split(',')
        .map(item => item.trim())
        .filter(Boolean)
    : [];
}

/**
 * The model with the catalog's entities in the groups that list them:
 * those with TechDocs that a group's filter matches, and those whose
 * `persona-docs/group` annotation names the group. Each becomes a docs
 * entry for its own site, titled and described as the entity is, for the
 * personas its `persona-docs/personas` annotation names (else the
 * group's), after the group's configured children, by title. Ids are
 * stable (the group's id and the entity ref) and never taken from config.
 * Bad annotations become problems naming the entity and the annotation.
 * The catalog's answer is untrusted: an entity it sends twice is listed
 * once, and one with an invalid ref is reported and left out.
 */
export function mergeCatalogEntities(
  model: PersonaDocsModel,
  items: readonly unknown[],
): PersonaDocsModel {
  const groups = catalogGroups(model);
  if (groups.length === 0) return model;
  const byId = new Map(groups.map(group => [group.entry.id, group.entry]));
  const personaIds = new Set(model.personas.map(p => p.id));
  const usedIds = new Set<string>();
  forEachEntry(model.sections, entry => usedIds.add(entry.id));
  const added = new Map<string, DocsEntry[]>();
  const problems: ConfigProblem[] = [];
  const report = (
    ref: string,
    annotation: string,
    code: Parameters<typeof formatProblem>[1],
    params: Record<string, string>,
  ) => {
    if (problems.length < MAX_PROBLEMS) {
      problems.push(
        formatProblem(`${ref} (annotation ${annotation})`, code, params),
      );
    }
  };

  const seen = new Set<string>();
  for (const item of items) {
    const read = readCatalogEntity(item);
    if (!read.ok) {
      if (problems.length < MAX_PROBLEMS) {
        problems.push(
          formatProblem(read.label, 'catalogInvalidEntity', {
            reason: read.reason,
          }),
        );
      }
      continue;
    }
    const entity = read.entity;
    const ref = entity.key;
    if (seen.has(ref)) continue;
    seen.add(ref);
    const annotations = entity.annotations;
    const hasDocs = TECHDOCS_ANNOTATIONS.some(a => annotations[a]);
    const named = list(annotations[GROUP_ANNOTATION]);
    if (named.length > 0 && !hasDocs) {
      report(ref, GROUP_ANNOTATION, 'catalogWithoutDocs', {});
      continue;
    }
    if (!hasDocs) continue;
    const targets = new Set<string>();
    for (const id of named) {
      if (byId.has(id)) targets.add(id);
      else
        report(ref, GROUP_ANNOTATION, 'unknownCatalogGroup', {
          group: quote(id),
        });
    }
    for (const { entry } of groups) {
      if (entry.fromCatalog.filters.some(f => matchesFilter(entity.raw, f))) {
        targets.add(entry.id);
      }
    }
    if (targets.size === 0) continue;

    const personas: string[] = [];
    for (const id of list(annotations[PERSONAS_ANNOTATION])) {
      if (personaIds.has(id)) personas.push(id);
      else {
        report(ref, PERSONAS_ANNOTATION, 'catalogUnknownPersona', {
          id: quote(id),
          known: listForMessage([...personaIds]),
        });
      }
    }
    for (const groupId of targets) {
      let id = `${groupId}/${ref.replace(/[:/]/g, '-')}`;
      const base = id;
      for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
      usedIds.add(id);
      const entry: DocsEntry = {
        id,
        title: entity.title ?? entity.name,
        target: {
          type: 'techdocs',
          entityRef: ref,
          kind: entity.kind,
          namespace: entity.namespace,
          name: entity.name,
        },
        children: [],
        fromEntity: ref,
      };
      if (entity.description) entry.description = entity.description;
      if (personas.length > 0) entry.personas = personas;
      const inGroup = added.get(groupId) ?? [];
      inGroup.push(entry);
      added.set(groupId, inGroup);
    }
  }

  for (const entries of added.values()) {
    entries.sort((a, b) => (a.title ?? '').localeCompare(b.title ?? ''));
  }
  return Object.freeze({
    ...model,
    sections: Object.freeze(
      model.sections.map(section => withAdded(section, added)),
    ),
    problems: Object.freeze([...model.problems, ...problems]),
  }) as PersonaDocsModel;
}

function forEachEntry(
  sections: readonly DocsSection[],
  visit: (entry: DocsEntry) => void,
) {
  const pending = sections.flatMap(section => section.entries);
  while (pending.length > 0) {
    const entry = pending.pop()!;
    visit(entry);
    for (const child of entry.children) pending.push(child);
  }
}

/** The section with the added entries in place; the same object when none. */
function withAdded(
  section: DocsSection,
  added: ReadonlyMap<string, DocsEntry[]>,
): DocsSection {
  const entries = mapEntries(section.entries, added);
  return entries === section.entries
    ? section
    : Object.freeze({ ...section, entries });
}

function mapEntries(
  entries: DocsEntry[],
  added: ReadonlyMap<string, DocsEntry[]>,
): DocsEntry[] {
  let changed = false;
  const mapped = entries.map(entry => {
    const children = mapEntries(entry.children, added);
    const extra = added.get(entry.id);
    if (children === entry.children && !extra) return entry;
    changed = true;
    const all = extra
      ? [...children, ...extra.map(e => Object.freeze(e))]
      : children;
    return Object.freeze({
      ...entry,
      children: Object.freeze(all) as DocsEntry[],
    });
  });
  return changed ? (Object.freeze(mapped) as DocsEntry[]) : entries;
}
