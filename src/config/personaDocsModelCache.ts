import { Config } from '@backstage/config';
import { PersonaDocsModel } from '../model/types';
import { readPersonaDocsConfig } from './readPersonaDocsConfig';

const models = new WeakMap<Config, PersonaDocsModel>();

/**
 * The model for an app's config, read once and shared by the persona API and
 * the page, so both agree on the personas and problems are listed once.
 *
 * @internal
 */
export function getPersonaDocsModel(config: Config): PersonaDocsModel {
  let model = models.get(config);
  if (!model) {
    model = readPersonaDocsConfig(config);
    models.set(config, model);
  }
  return model;
}
