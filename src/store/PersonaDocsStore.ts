import { CatalogApi } from '@backstage/catalog-client';
import { Config } from '@backstage/config';
import { CatalogGroup, catalogGroups } from '../catalog/catalogQuery';
import { loadCatalogEntities } from '../catalog/loadCatalogEntities';
import { mergeCatalogEntities } from '../catalog/mergeCatalogEntities';
import { readPersonaDocsConfig } from '../config/readPersonaDocsConfig';
import { describeError } from '../model/text';
import { PersonaDocsData } from './PersonaDocsData';

/** After this long without an answer, the catalog counts as slow. */
const SLOW_MS = 8000;

/** Where the entries from the catalog stand. */
export type CatalogStatus =
  | { state: 'none' }
  | { state: 'loading'; slow: boolean }
  | { state: 'loaded'; count: number; truncated: boolean; endless: boolean }
  | { state: 'failed'; error: string };

/**
 * The persona docs of one app: the configured model, read the first time
 * something asks for it, and once the catalog has answered, the model with
 * the catalog's entries too. Shared by the persona API, the page and every
 * other surface; the catalog is asked once per app load. Built by
 * the store API when first asked for, so an app whose readers
 * never use the plugin pays nothing.
 */
export class PersonaDocsStore {
  private configuredData?: PersonaDocsData;
  private currentData?: PersonaDocsData;
  private status: CatalogStatus = { state: 'none' };
  private loading?: Promise<void>;
  private groups?: CatalogGroup[];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly config: Config) {}

  /** The model from config alone; the persona API needs nothing more. */
  get configured(): PersonaDocsData {
    this.configuredData ??= new PersonaDocsData(
      readPersonaDocsConfig(this.config),
    );
    return this.configuredData;
  }

  /** The configured model, with the catalog's entries once they are in. */
  get current(): PersonaDocsData {
    return this.currentData ?? this.configured;
  }

  get catalogStatus(): CatalogStatus {
    return this.status;
  }

  /** Calls `listener` when the current data or the catalog status change. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /**
   * Asks the catalog for the entries of the groups it fills, once; again
   * only after a failure, when `retry` is set. Without such groups, or
   * without a catalog, nothing is asked.
   */
  loadCatalog(catalogApi: CatalogApi | undefined, retry = false): void {
    if (!catalogApi || (this.loading && !retry)) return;
    if (retry && this.status.state !== 'failed') return;
    this.groups ??= catalogGroups(this.configured.model);
    const groups = this.groups;
    if (groups.length === 0) return;
    this.setStatus({ state: 'loading', slow: false });
    const slow = setTimeout(() => {
      if (this.status.state === 'loading') {
        this.setStatus({ state: 'loading', slow: true });
      }
    }, SLOW_MS);
    // Whatever goes wrong, reading or merging an odd answer, ends as
    // `failed`, never as `loading` forever.
    this.loading = loadCatalogEntities(catalogApi, groups)
      .then(({ entities, truncated, endless }) => {
        const model = mergeCatalogEntities(this.configured.model, entities);
        this.currentData = new PersonaDocsData(model);
        this.setStatus({
          state: 'loaded',
          count: entities.length,
          truncated,
          endless,
        });
      })
      .catch(error => {
        this.setStatus({ state: 'failed', error: describeError(error) });
      })
      .finally(() => clearTimeout(slow));
  }

  private setStatus(status: CatalogStatus) {
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}
