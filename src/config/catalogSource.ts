import { quote } from '../model/text';
import { CatalogSource } from '../model/types';
import { ConfigNode } from './ConfigNode';
import { isRecord } from './jsonValues';
import { at } from './keyPath';
import { ProblemLog } from './problems';

const SOURCE_KEYS = new Set(['filter']);

/** Filters kept at most per group; each becomes part of one catalog query. */
const MAX_FILTERS = 20;

/** Field paths as the catalog API writes them: `kind`, `spec.type`. */
const FIELD = /^[A-Za-z0-9_.\-/]+$/;

/**
 * A group's `fromCatalog`: the catalog filters whose entities it lists, in
 * the catalog API's own syntax (`{ kind: component, spec.type: docs }`), one
 * filter or a list of them. Without a filter, the group lists only the
 * entities that name it in their `persona-docs/group` annotation.
 */
export function readCatalogSource(
  node: ConfigNode,
  log: ProblemLog,
): CatalogSource | undefined {
  // `fromCatalog: true` says "only the entities that name this group".
  if (node.value('fromCatalog') === true) return { filters: [] };
  const source = node.object('fromCatalog', 'fromCatalog ignored');
  if (!source) return undefined;
  source.checkKeys(SOURCE_KEYS);
  const value = source.value('filter');
  if (value === undefined) return { filters: [] };
  const path = at(source.path, 'filter');
  const items = Array.isArray(value) ? value : [value];
  const filters: Record<string, readonly string[] | true>[] = [];
  items.slice(0, MAX_FILTERS).forEach((item, index) => {
    const itemPath = Array.isArray(value) ? at(path, index) : path;
    if (!isRecord(item) || Object.keys(item).length === 0) {
      source.wrongType(
        itemPath,
        'a catalog filter such as { kind: component, spec.type: documentation }',
        item,
        'filter ignored',
      );
      return;
    }
    const filter: Record<string, readonly string[] | true> = {};
    for (const [field, wanted] of Object.entries(item)) {
      const fieldPath = at(itemPath, field);
      const values = Array.isArray(wanted) ? wanted : [wanted];
      if (!FIELD.test(field)) {
        log.report(fieldPath, 'invalidCatalogField', { field: quote(field) });
        return;
      }
      if (wanted === true) {
        filter[field] = true;
      } else if (
        values.length > 0 &&
        values.every(v => typeof v === 'string' && v.trim())
      ) {
        filter[field] = values.map(v => (v as string).trim());
      } else {
        source.wrongType(
          fieldPath,
          'a string, a list of strings, or true',
          wanted,
          'filter ignored',
        );
        return;
      }
    }
    filters.push(filter);
  });
  return { filters };
}
