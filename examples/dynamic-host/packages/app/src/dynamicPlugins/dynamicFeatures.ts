/*
 * The host's loader of dynamic frontend plugins: at startup, asks the
 * backend which module-federation remotes it serves from its dynamic-plugins
 * folder (@backstage/backend-dynamic-feature-service), loads each remote's
 * exposed modules with the module-federation runtime, and hands the app the
 * plugins and modules they export by default. Nothing of a dynamic plugin
 * is in this app's package.json or its build.
 *
 * It follows the design of upstream's @backstage/frontend-dynamic-feature-
 * loader (not in the registry this example installs from), reduced to what
 * this host needs. Part of the example host, not of the persona docs plugin.
 */
import {
  createFrontendFeatureLoader,
  FrontendFeature,
} from '@backstage/frontend-plugin-api';
import { loadModuleFederationHostShared } from '@backstage/module-federation-common';
import { createInstance } from '@module-federation/enhanced/runtime';

/** One remote as GET /.backstage/dynamic-features/remotes lists it. */
interface Remote {
  packageName: string;
  exposedModules: string[];
  remoteInfo: { name: string; entry: string };
}

function isFeature(value: unknown): value is FrontendFeature {
  const type = (value as { $$type?: unknown } | null)?.$$type;
  return (
    type === '@backstage/FrontendPlugin' || type === '@backstage/FrontendModule'
  );
}

/** Loads one exposed module; a broken remote must not stop the app. */
async function loadFeature(
  load: (id: string) => Promise<unknown>,
  remote: Remote,
  exposed: string,
): Promise<FrontendFeature | undefined> {
  const id =
    exposed === '.'
      ? remote.remoteInfo.name
      : `${remote.remoteInfo.name}/${exposed}`;
  try {
    const module = (await load(id)) as { default?: unknown } | undefined;
    if (isFeature(module?.default)) return module.default;
    // eslint-disable-next-line no-console
    console.warn(`Dynamic plugin ${remote.packageName}: ${id} is no feature`);
  } catch (error) {
    // eslint-disable-next-line no-console
    console.error(`Dynamic plugin ${remote.packageName}: ${id}: ${error}`);
  }
  return undefined;
}

/** The app's features from the remotes the backend serves. */
export const dynamicFeatures = createFrontendFeatureLoader({
  async loader({ config }) {
    const backendUrl = config.getString('backend.baseUrl');
    const response = await fetch(
      `${backendUrl}/.backstage/dynamic-features/remotes`,
    );
    if (!response.ok) {
      throw new Error(`Listing dynamic plugins failed: ${response.status}`);
    }
    const remotes: Remote[] = await response.json();

    // The singletons this app shares with remotes (React, React DOM, React
    // Router, MUI styles): backstage-cli's app build puts them in a window
    // global, which this reads, so remotes use the app's own copies.
    const shared = await loadModuleFederationHostShared();
    const federation = createInstance({
      name: 'app',
      shared,
      remotes: remotes.map(remote => ({
        alias: remote.packageName,
        name: remote.remoteInfo.name,
        entry: remote.remoteInfo.entry,
      })),
    });

    const features = await Promise.all(
      remotes.flatMap(remote =>
        remote.exposedModules.map(exposed =>
          loadFeature(id => federation.loadRemote(id), remote, exposed),
        ),
      ),
    );
    return features.filter((f): f is FrontendFeature => f !== undefined);
  },
});
