import { Entity } from '@backstage/catalog-model';
import { checkEntityRef } from '../model/entityRefs';
import { shorten } from '../model/text';

/**
 * An entity from the catalog as the plugin uses it: its ref and texts
 * checked, its annotations only where they are strings. The catalog is
 * another service, answering through proxies and plugins the app does not
 * control, so nothing in its answer is taken on trust.
 */
export interface CatalogDocsEntity {
  /** `kind:namespace/name`, lowercased, as Backstage compares refs. */
  readonly key: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly title?: string;
  readonly description?: string;
  readonly annotations: Readonly<Record<string, string>>;
  /** The entity as the catalog sent it, for matching filters on any field. */
  readonly raw: Entity;
}

/** The entity, or why it cannot be listed. */
export type CatalogEntityRead =
  | { ok: true; entity: CatalogDocsEntity }
  | { ok: false; label: string; reason: string };

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/**
 * Reads one item of a catalog answer. Kind, namespace and name must be
 * valid catalog values, since they end up in TechDocs URLs; a title or
 * description that is not text is left out, an annotation that is not text
 * is ignored.
 */
export function readCatalogEntity(item: unknown): CatalogEntityRead {
  const entity = (item ?? {}) as Partial<Entity>;
  const metadata = (
    typeof entity.metadata === 'object' && entity.metadata !== null
      ? entity.metadata
      : {}
  ) as Partial<Entity['metadata']>;
  const kind = entity.kind;
  const name = metadata.name;
  const namespace = metadata.namespace ?? 'default';
  const label = shorten(
    [kind, namespace, name].every(part => typeof part === 'string')
      ? `${kind}:${namespace}/${name}`
      : 'an entity without a kind, namespace or name',
  );
  if (
    typeof kind !== 'string' ||
    typeof name !== 'string' ||
    typeof namespace !== 'string'
  ) {
    return {
      ok: false,
      label,
      reason: 'its kind, namespace or name is not text',
    };
  }
  const check = checkEntityRef(`${kind}:${namespace}/${name}`, kind);
  // The parts must come back as they went in: a name holding ':' or '/'
  // would otherwise parse as another entity.
  if (
    !check.ok ||
    check.ref.kind !== kind ||
    check.ref.namespace !== namespace ||
    check.ref.name !== name
  ) {
    return {
      ok: false,
      label,
      reason: check.ok ? 'its name is not a valid catalog name' : check.reason,
    };
  }
  const annotations: Record<string, string> = {};
  if (typeof metadata.annotations === 'object' && metadata.annotations) {
    for (const [key, value] of Object.entries(metadata.annotations)) {
      if (typeof value === 'string') annotations[key] = value;
    }
  }
  return {
    ok: true,
    entity: {
      key: check.key,
      kind,
      namespace,
      name,
      title: text(metadata.title),
      description: text(metadata.description),
      annotations,
      raw: entity as Entity,
    },
  };
}
