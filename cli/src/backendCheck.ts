import { checkEntityRef } from '../../src/model/entityRefs';
import { describeError } from '../../src/model/text';

/** A `docs` entry of the config: where it is and the site it names. */
export interface DocsReference {
  key: string;
  ref: { kind: string; namespace: string; name: string };
  entityRef: string;
}

/** One finding of the backend check, about the first entry naming a site. */
export interface BackendFinding {
  key: string;
  message: string;
}

/**
 * Every `docs` value of the personaDocs block with its key path, read from
 * the merged config data itself, so that each finding points at an entry.
 * Invalid refs are left to the reader, which reports them.
 */
export function docsReferences(personaDocs: unknown): DocsReference[] {
  const found: DocsReference[] = [];
  const visit = (value: unknown, key: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${key}[${index}]`));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.docs === 'string') {
      const check = checkEntityRef(record.docs, 'component');
      if (check.ok) {
        found.push({
          key: `${key}.docs`,
          ref: check.ref,
          entityRef: check.key,
        });
      }
    }
    for (const child of ['sections', 'entries', 'children']) {
      if (child in record) visit(record[child], `${key}.${child}`);
    }
  };
  visit(personaDocs, 'personaDocs');
  return found;
}

/**
 * Asks a running Backstage backend, as the catalog and TechDocs would be
 * asked from the page, whether each site named by a `docs` entry exists:
 * one catalog and one TechDocs request per distinct entity.
 */
export async function checkAgainstBackend(
  references: readonly DocsReference[],
  options: { baseUrl: string; token?: string; fetch?: typeof fetch },
): Promise<BackendFinding[]> {
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/+$/, '');
  const headers: Record<string, string> = options.token
    ? { Authorization: `Bearer ${options.token}` }
    : {};
  const findings: BackendFinding[] = [];
  const checked = new Set<string>();
  for (const reference of references) {
    if (checked.has(reference.entityRef)) continue;
    checked.add(reference.entityRef);
    const { kind, namespace, name } = reference.ref;
    const path = [kind, namespace, name].map(encodeURIComponent);
    try {
      const entity = await doFetch(
        `${base}/api/catalog/entities/by-name/${path[0]}/${path[1]}/${path[2]}`,
        { headers },
      );
      if (entity.status === 404) {
        findings.push({
          key: reference.key,
          message: `${reference.entityRef} is not in the catalog`,
        });
        continue;
      }
      if (!entity.ok) throw new Error(`catalog answered ${entity.status}`);
      const site = await doFetch(
        `${base}/api/techdocs/metadata/techdocs/${path[1]}/${path[0]}/${path[2]}`,
        { headers },
      );
      if (site.status === 404) {
        findings.push({
          key: reference.key,
          message: `TechDocs has no site for ${reference.entityRef}`,
        });
      } else if (!site.ok) {
        throw new Error(`TechDocs answered ${site.status}`);
      }
    } catch (error) {
      findings.push({
        key: reference.key,
        message: `could not check ${reference.entityRef}: ${describeError(
          error,
        )}`,
      });
    }
  }
  return findings;
}
