import {
  CATALOG_FILTER_EXISTS,
  EntityFilterQuery,
} from '@backstage/catalog-client';
import { CatalogSource, DocsEntry, PersonaDocsModel } from '../model/types';

/** Names the group (or groups, comma-separated) an entity places itself in. */
export const GROUP_ANNOTATION = 'persona-docs/group';
/** Names the personas (comma-separated) an entity's docs are for. */
export const PERSONAS_ANNOTATION = 'persona-docs/personas';
/** The annotations that give an entity TechDocs. */
export const TECHDOCS_ANNOTATIONS = [
  'backstage.io/techdocs-ref',
  'backstage.io/techdocs-entity',
];

/** A group of the model that the catalog fills. */
export interface CatalogGroup {
  readonly entry: DocsEntry & { fromCatalog: CatalogSource };
}

/** The fields every catalog entry needs: its ref, texts and annotations. */
const BASE_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'metadata.description',
  'metadata.annotations',
];

/** The groups of the model that the catalog fills, in tree order. */
export function catalogGroups(model: PersonaDocsModel): CatalogGroup[] {
  const groups: CatalogGroup[] = [];
  const visit = (entries: readonly DocsEntry[]) => {
    for (const entry of entries) {
      if (entry.fromCatalog) groups.push({ entry } as CatalogGroup);
      if (entry.children.length > 0) visit(entry.children);
    }
  };
  for (const section of model.sections) visit(section.entries);
  return groups;
}

/**
 * The one catalog query that finds every entity the groups may list: the
 * entities with TechDocs that a group's filter matches, and every entity
 * that names a group in its annotation. Only the fields the entries and
 * the filters need are asked for. Undefined when no group asks the catalog.
 */
export function catalogRequest(
  groups: readonly CatalogGroup[],
): { filter: EntityFilterQuery; fields: string[] } | undefined {
  if (groups.length === 0) return undefined;
  const filters = new Map<string, Record<string, string[] | symbol>>();
  const fields = new Set(BASE_FIELDS);
  const add = (filter: Record<string, string[] | symbol>) => {
    const key = JSON.stringify(
      Object.entries(filter).map(([k, v]) => [
        k,
        typeof v === 'symbol' ? '' : v,
      ]),
    );
    filters.set(key, filter);
  };
  add({ [`metadata.annotations.${GROUP_ANNOTATION}`]: CATALOG_FILTER_EXISTS });
  for (const { entry } of groups) {
    for (const filter of entry.fromCatalog.filters) {
      const query: Record<string, string[] | symbol> = {};
      for (const [field, values] of Object.entries(filter)) {
        query[field] = values === true ? CATALOG_FILTER_EXISTS : [...values];
        if (!field.startsWith('metadata.annotations.')) fields.add(field);
      }
      // The catalog cannot say "one of these annotations", so one filter
      // per annotation that gives an entity TechDocs.
      for (const annotation of TECHDOCS_ANNOTATIONS) {
        add({
          ...query,
          [`metadata.annotations.${annotation}`]: CATALOG_FILTER_EXISTS,
        });
      }
    }
  }
  return {
    filter: [...filters.values()] as EntityFilterQuery,
    fields: [...fields],
  };
}
