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

/** How long one request to the backend may take. */
export const BACKEND_TIMEOUT_MS = 10_000;

/** Why the backend cannot be checked at all; one finding, not one per entry. */
class BackendUnusable extends Error {}

/**
 * A warning to print before the token is sent, when it would cross the
 * network in plain text; undefined for https and for this machine.
 */
export function tokenWarning(
  baseUrl: string,
  token: string | undefined,
): string | undefined {
  if (!token) return undefined;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return undefined;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return url.protocol === 'http:' && !loopback
    ? `Warning: BACKSTAGE_TOKEN goes to ${url.host} over plain http, readable on the way; use an https address.`
    : undefined;
}

/**
 * Asks a running Backstage backend, as the catalog and TechDocs would be
 * asked from the page, whether each site named by a `docs` entry exists:
 * one catalog and one TechDocs request per distinct entity. Every request
 * gives up after {@link BACKEND_TIMEOUT_MS}, and every answer must be a
 * Backstage backend's JSON: an app's frontend answers any path with its
 * HTML page, which would otherwise pass for "found".
 */
export async function checkAgainstBackend(
  references: readonly DocsReference[],
  options: {
    baseUrl: string;
    token?: string;
    fetch?: typeof fetch;
    timeoutMs?: number;
  },
): Promise<BackendFinding[]> {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? BACKEND_TIMEOUT_MS;
  const base = options.baseUrl.replace(/\/+$/, '');
  const headers: Record<string, string> = options.token
    ? { Authorization: `Bearer ${options.token}` }
    : {};
  const ask = async (path: string) => {
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        headers,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw (error as Error)?.name === 'TimeoutError'
        ? new Error(`no answer within ${timeoutMs / 1000} s`)
        : error;
    }
    const type = response.headers.get('content-type') ?? '';
    if (response.status !== 404 && !type.includes('json')) {
      throw new BackendUnusable(
        `${base} is not a Backstage backend: ${path} answered ${
          response.status
        } with ${
          type.split(';')[0] || 'no content type'
        }, not JSON (is it the address of the app's frontend? The backend usually listens on port 7007)`,
      );
    }
    return response;
  };

  try {
    const probe = await ask('/api/catalog/entities?limit=1&fields=kind');
    if (probe.status === 401 || probe.status === 403) {
      throw new BackendUnusable(
        `${base} refused the request (${probe.status}); set BACKSTAGE_TOKEN to a token the backend accepts`,
      );
    }
  } catch (error) {
    return [
      {
        key: 'personaDocs',
        message: `could not check against the backend: ${describeError(error)}`,
      },
    ];
  }

  const findings: BackendFinding[] = [];
  const checked = new Set<string>();
  for (const reference of references) {
    if (checked.has(reference.entityRef)) continue;
    checked.add(reference.entityRef);
    const { kind, namespace, name } = reference.ref;
    const path = [kind, namespace, name].map(encodeURIComponent);
    try {
      const entity = await ask(
        `/api/catalog/entities/by-name/${path[0]}/${path[1]}/${path[2]}`,
      );
      if (entity.status === 404) {
        findings.push({
          key: reference.key,
          message: `${reference.entityRef} is not in the catalog`,
        });
        continue;
      }
      if (!entity.ok) throw new Error(`catalog answered ${entity.status}`);
      const site = await ask(
        `/api/techdocs/metadata/techdocs/${path[1]}/${path[0]}/${path[2]}`,
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
      if (error instanceof BackendUnusable) {
        return [{ key: 'personaDocs', message: error.message }];
      }
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
