import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  TechDocsApi,
  TechDocsEntityMetadata,
  TechDocsMetadata,
} from '@backstage/plugin-techdocs-react';
import { benchEntityKey } from './benchEntities';

/**
 * One call into the TechDocs API, as the bench app records it. In a real
 * app each of these is an HTTP request to the TechDocs backend.
 */
export interface TechDocsCall {
  method: 'getTechDocsMetadata' | 'getEntityMetadata';
  /** Lowercase `kind:namespace/name`. */
  ref: string;
  /** `performance.now()` when the call was made and when it settled. */
  startedAt: number;
  settledAt?: number;
}

declare global {
  interface Window {
    /** The bench app's record of TechDocs calls, for Playwright to read. */
    __techdocsCalls?: TechDocsCall[];
  }
}

/**
 * A TechDocs API that forwards to another one and records every metadata
 * call in `window.__techdocsCalls`. The fixture APIs have no HTTP, so this
 * record is what stands in for the backend's request log.
 */
export class CountingTechDocsApi implements TechDocsApi {
  readonly #inner: TechDocsApi;
  readonly #calls: TechDocsCall[];

  constructor(inner: TechDocsApi, target: Window = window) {
    this.#inner = inner;
    this.#calls = target.__techdocsCalls ?? [];
    target.__techdocsCalls = this.#calls;
  }

  getCookie(): Promise<{ expiresAt: string }> {
    return this.#inner.getCookie();
  }

  getApiOrigin(): Promise<string> {
    return this.#inner.getApiOrigin();
  }

  getTechDocsMetadata(entityId: CompoundEntityRef): Promise<TechDocsMetadata> {
    return this.#record('getTechDocsMetadata', entityId, () =>
      this.#inner.getTechDocsMetadata(entityId),
    );
  }

  getEntityMetadata(
    entityId: CompoundEntityRef,
  ): Promise<TechDocsEntityMetadata> {
    return this.#record('getEntityMetadata', entityId, () =>
      this.#inner.getEntityMetadata(entityId),
    );
  }

  #record<T>(
    method: TechDocsCall['method'],
    entityId: CompoundEntityRef,
    request: () => Promise<T>,
  ): Promise<T> {
    const call: TechDocsCall = {
      method,
      ref: benchEntityKey(entityId),
      startedAt: performance.now(),
    };
    this.#calls.push(call);
    const settle = () => {
      call.settledAt = performance.now();
    };
    const promise = request();
    promise.then(settle, settle);
    return promise;
  }
}
