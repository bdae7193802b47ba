import { ConfigApi, FetchApi } from '@backstage/core-plugin-api';

/**
 * A `FetchApi` for dev apps that run without a backend. Requests to backend
 * plugins (`<backend.baseUrl>/api/...`, where discovery points them) are
 * answered with a 404 right away; everything else goes to the network.
 *
 * Without it, backend requests reach the dev server, whose single-page-app
 * fallback answers them with `index.html` and a 200. The TechDocs reader, for
 * one, asks for `/api/techdocs/.backstage/auth/v1/cookie` on every visit and
 * shows an error for that HTML, while it treats a 404 as "no cookie auth".
 *
 * @public
 */
export function createNoBackendFetchApi(configApi: ConfigApi): FetchApi {
  const backendBaseUrl = configApi.getOptionalString('backend.baseUrl');
  const backendApiUrl =
    backendBaseUrl && `${backendBaseUrl.replace(/\/$/, '')}/api/`;
  return {
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (backendApiUrl && request.url.startsWith(backendApiUrl)) {
        const body = {
          error: {
            name: 'NotFoundError',
            message: 'The dev app has no backend',
          },
          request: { method: request.method, url: request.url },
          response: { statusCode: 404 },
        };
        return new Response(JSON.stringify(body), {
          status: 404,
          statusText: 'Not Found',
          headers: { 'Content-Type': 'application/json' },
        });
      }
      return window.fetch(request);
    },
  };
}
