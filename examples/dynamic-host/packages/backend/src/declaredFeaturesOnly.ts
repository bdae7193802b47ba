/*
 * Serves, of each dynamic frontend plugin, only the exposed modules its
 * package.json declares under `backstage.features` as a frontend plugin or
 * module, the rule Red Hat Developer Hub applies (rhdh PR #5128), so that
 * this example host skips a package without that declaration as RHDH does:
 * without a word to the browser, with one line in this backend's log.
 */
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { dynamicPluginsFrontendServiceRef } from '@backstage/backend-dynamic-feature-service';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FRONTEND_FEATURES = [
  '@backstage/FrontendPlugin',
  '@backstage/FrontendModule',
];

/** `backstage.features` keys are entry points (`./alpha`); exposes, `alpha`. */
function declaredModules(packageDir: string): string[] {
  const pkg = JSON.parse(
    readFileSync(join(packageDir, 'package.json'), 'utf8'),
  );
  return Object.entries<string>(pkg.backstage?.features ?? {})
    .filter(([, type]) => FRONTEND_FEATURES.includes(type))
    .map(([entryPoint]) =>
      entryPoint === '.' ? '.' : entryPoint.replace(/^\.\//, ''),
    );
}

export const declaredFeaturesOnly = createBackendPlugin({
  pluginId: 'dynamic-features-policy',
  register(env) {
    env.registerInit({
      deps: {
        frontendRemotes: dynamicPluginsFrontendServiceRef,
        logger: coreServices.logger,
      },
      async init({ frontendRemotes, logger }) {
        frontendRemotes.setResolverProvider({
          for: (pluginName, packageDir) => ({
            overrideExposedModules: exposed => {
              const declared = declaredModules(packageDir);
              const dropped = exposed.filter(name => !declared.includes(name));
              if (dropped.length > 0) {
                logger.info(
                  `${pluginName}: not serving ${dropped.join(
                    ', ',
                  )}, which backstage.features does not declare`,
                );
              }
              return exposed.filter(name => declared.includes(name));
            },
          }),
        });
      },
    });
  },
});
