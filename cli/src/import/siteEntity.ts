import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { checkEntityRef } from '../../../src/model/entityRefs';

const TECHDOCS_REF = 'backstage.io/techdocs-ref';

/** The catalog entity of a site's sources: its ref and title. */
export interface SiteEntity {
  entityRef: string;
  title?: string;
}

/**
 * The entity of the TechDocs site whose sources are in `dir`, from the
 * `catalog-info.yaml` beside them: the entity whose
 * `backstage.io/techdocs-ref` is `dir:` a path that resolves to `dir`.
 * Undefined when there is no such file or entity.
 */
export function siteEntityFromCatalogInfo(dir: string): SiteEntity | undefined {
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

function entityRefOf(entity: unknown, dir: string): SiteEntity | undefined {
  if (typeof entity !== 'object' || entity === null) return undefined;
  const { kind, metadata } = entity as Record<string, any>;
  const techdocsRef = metadata?.annotations?.[TECHDOCS_REF];
  if (typeof kind !== 'string' || typeof metadata?.name !== 'string')
    return undefined;
  if (typeof techdocsRef !== 'string' || !techdocsRef.startsWith('dir:'))
    return undefined;
  if (resolve(dir, techdocsRef.slice(4)) !== resolve(dir)) return undefined;
  const namespace =
    typeof metadata.namespace === 'string' ? metadata.namespace : 'default';
  const check = checkEntityRef(
    `${kind}:${namespace}/${metadata.name}`,
    'component',
  );
  if (!check.ok) return undefined;
  const title = typeof metadata.title === 'string' ? metadata.title.trim() : '';
  return { entityRef: check.key, ...(title && { title }) };
}

/** An entity ref as written by the importer: `kind:namespace/name`, or throws. */
export function fullEntityRef(value: string): string {
  const check = checkEntityRef(value, 'component');
  if (!check.ok)
    throw new Error(`invalid entity ref ${value}: ${check.reason}`);
  return check.key;
}
