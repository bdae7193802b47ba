import { Config } from '@backstage/config';
import { PersonaDocsModel } from '../model/types';
import { at } from './keyPath';
import { ModelReader } from './ModelReader';

/**
 * Reads the `personaDocs` app-config into the persona docs model.
 *
 * Never throws on bad content: each mistake becomes a {@link ConfigProblem}
 * naming its key path, the offending entry or field is dropped, and
 * everything valid is kept.
 *
 * @public
 */
export function readPersonaDocsConfig(config: Config): PersonaDocsModel {
  let raw: unknown;
  try {
    raw = config.getOptional('personaDocs');
  } catch (error) {
    const reader = new ModelReader();
    reader.report(at(undefined, 'personaDocs'), 'readFailed', {
      error: String((error as Error)?.message ?? error),
    });
    return reader.read(undefined);
  }
  return new ModelReader().read(raw);
}

/**
 * Same as {@link readPersonaDocsConfig}, from the raw `personaDocs` value.
 *
 * @internal
 */
export function readPersonaDocsValue(raw: unknown): PersonaDocsModel {
  return new ModelReader().read(raw);
}
