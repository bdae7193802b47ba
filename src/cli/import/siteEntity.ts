import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { checkEntityRef } from '../../model/entityRefs';

const TECHDOCS_REF = 'backstage.io/techdocs-ref';

/**
 * The entity ref of the TechDocs site whose sources are in `dir`, from the
 * `catalog-info.yaml` beside them: the entity whose
 * `backstage.io/techdocs-ref` is `dir:` a path that resolves to `dir`.
 * Undefined when there is no such file or entity.
 */
export function siteEntityFromCatalogInfo(dir: string): string | undefined {
  for (const name of ['catalog-info.yaml', 'catalog-info.yml']) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
      if (!('toJS' in document)) continue;
      const entity = document.toJS({ maxAliasCount: 50 });
      const ref = entityRefOf(entity, dir);
      if (ref) return ref;
    }
  }
  return undefined;
}

function entityRefOf(entity: unknown, dir: string): string | undefined {
  if (typeof entity !== 'object' || entity === null) return undefined;
  const { kind, metadata } = entity as Record<string, any>;
  const techdocsRef = metadata?.annotations?.[TECHDOCS_REF];
  if (typeof kind !== 'string' || typeof metadata?.name !== 'string') return undefined;
  if (typeof techdocsRef !== 'string' || !techdocsRef.startsWith('dir:')) return undefined;
  if (resolve(dir, techdocsRef.slice(4)) !== resolve(dir)) return undefined;
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : 'default';
  const check = checkEntityRef(`${kind}:${namespace}/${metadata.name}`, 'component');
  return check.ok ? check.key : undefined;
}

/** An entity ref as written by the importer: `kind:namespace/name`, or throws. */
export function fullEntityRef(value: string): string {
  const check = checkEntityRef(value, 'component');
  if (!check.ok) throw new Error(`invalid entity ref ${value}: ${check.reason}`);
  return check.key;
}
