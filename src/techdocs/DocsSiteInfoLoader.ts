import { CompoundEntityRef } from '@backstage/catalog-model';
import { isError } from '@backstage/errors';
import { TechDocsApi } from '@backstage/plugin-techdocs-react';
import { entityKey } from '../model/entityRefs';
import { TechDocsTarget } from '../model/types';
import { buildTime } from './buildTime';

/**
 * What TechDocs says about a docs entry's site.
 *
 * - `loading`: asked, no answer yet.
 * - `ok`: the site exists.
 * - `not-found`: TechDocs has no such site (404).
 * - `unknown`: any other outcome (403, 500, bad JSON, network error, or no
 *   answer in time); the link may still work.
 */
export type DocsSiteStatus = 'loading' | 'ok' | 'not-found' | 'unknown';

/**
 * A docs site as TechDocs describes it.
 */
export interface DocsSiteInfo {
  status: DocsSiteStatus;
  /** Entity title, else the site name. */
  title?: string;
  /** Entity description, else the site description. */
  description?: string;
  /** Annotations of the site's entity, when they were fetched. */
  annotations?: Record<string, string>;
  /** When the site was built (ms since 1970), when TechDocs says. */
  builtAt?: number;
}

/** Answers slower than this mark the site "status unknown". */
const DEFAULT_TIMEOUT_MS = 10_000;

interface SiteMetadata {
  siteName?: string;
  siteDescription?: string;
  builtAt?: number;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; notFound: boolean };

interface SiteRecord {
  site: Promise<Outcome<SiteMetadata>>;
  entity?: Promise<
    Outcome<{
      title?: string;
      description?: string;
      annotations?: Record<string, string>;
    }>
  >;
  info?: DocsSiteInfo;
  withEntity?: DocsSiteInfo;
}

/**
 * Asks TechDocs about docs sites at most once per entity and remembers the
 * answers for as long as the loader lives (one page). Site metadata tells
 * whether the site exists; entity metadata (title, description) is only
 * requested for entities whose entries lack them.
 */
export class DocsSiteInfoLoader {
  private readonly records = new Map<string, SiteRecord>();
  private readonly timeoutMs: number;

  constructor(
    private readonly techdocsApi: Pick<
      TechDocsApi,
      'getTechDocsMetadata' | 'getEntityMetadata'
    >,
    options: { timeoutMs?: number } = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** The answer so far, without asking anything. */
  peek(target: TechDocsTarget, withEntity: boolean): DocsSiteInfo | undefined {
    const record = this.records.get(entityKey(target));
    return withEntity ? record?.withEntity : record?.info;
  }

  /**
   * Asks TechDocs unless it was asked before. Never rejects.
   *
   * @param withEntity - also fetch the entity's title and description
   */
  async load(
    target: TechDocsTarget,
    withEntity: boolean,
  ): Promise<DocsSiteInfo> {
    const key = entityKey(target);
    const ref: CompoundEntityRef = {
      kind: target.kind,
      namespace: target.namespace,
      name: target.name,
    };
    let record = this.records.get(key);
    if (!record) {
      record = {
        site: this.settle(() =>
          this.techdocsApi.getTechDocsMetadata(ref).then(metadata => ({
            siteName: text(metadata?.site_name),
            siteDescription: text(metadata?.site_description),
            builtAt: buildTime(
              (metadata as { build_timestamp?: unknown })?.build_timestamp,
            ),
          })),
        ),
      };
      this.records.set(key, record);
    }
    if (withEntity && !record.entity) {
      record.entity = this.settle(() =>
        this.techdocsApi.getEntityMetadata(ref).then(entity => ({
          title: text(entity?.metadata?.title),
          description: text(entity?.metadata?.description),
          annotations: stringValues(entity?.metadata?.annotations),
        })),
      );
    }
    const [site, entity] = await Promise.all([
      record.site,
      withEntity ? record.entity : undefined,
    ]);
    const info = combine(site, entity);
    if (withEntity) record.withEntity = info;
    else record.info = info;
    return info;
  }

  /**
   * Runs a request, never rejecting: an API of another version or a broken
   * one may also throw synchronously, or never answer.
   */
  private settle<T>(request: () => Promise<T>): Promise<Outcome<T>> {
    return new Promise(resolve => {
      const timer = setTimeout(
        () => resolve({ ok: false, notFound: false }),
        this.timeoutMs,
      );
      Promise.resolve()
        .then(request)
        .then(
          value => {
            clearTimeout(timer);
            resolve({ ok: true, value });
          },
          error => {
            clearTimeout(timer);
            resolve({ ok: false, notFound: isNotFound(error) });
          },
        );
    });
  }
}

function combine(
  site: Outcome<SiteMetadata>,
  entity?: Outcome<{
    title?: string;
    description?: string;
    annotations?: Record<string, string>;
  }>,
): DocsSiteInfo {
  if (!site.ok) {
    return { status: site.notFound ? 'not-found' : 'unknown' };
  }
  const fromEntity = entity?.ok ? entity.value : undefined;
  const title = fromEntity?.title ?? site.value.siteName;
  const description = fromEntity?.description ?? site.value.siteDescription;
  return {
    status: 'ok',
    ...(title && { title }),
    ...(description && { description }),
    ...(fromEntity?.annotations && { annotations: fromEntity.annotations }),
    ...(site.value.builtAt !== undefined && { builtAt: site.value.builtAt }),
  };
}

/**
 * TechDocs answers are JSON from a backend that may be of another version or
 * misconfigured; only strings may become titles, or the page would fail to
 * render an object.
 */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

/** Annotations with string values only: link building calls string methods on them. */
function stringValues(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return undefined;
  }
  return Object.fromEntries(
    Object.entries(value).filter(
      (pair): pair is [string, string] => typeof pair[1] === 'string',
    ),
  );
}

/**
 * TechDocs' client throws a ResponseError carrying the HTTP status; other
 * implementations throw a NotFoundError.
 */
function isNotFound(error: unknown): boolean {
  if (!isError(error)) return false;
  if (error.name === 'NotFoundError') return true;
  const status = (error as { response?: { status?: unknown } }).response
    ?.status;
  return status === 404;
}
