import { ConfigReader } from '@backstage/config';
import { readPersonaDocsConfig } from '../config/readPersonaDocsConfig';
import { PersonaDocsModel } from '../model/types';

/** Reads a raw `personaDocs` value, as an app-config file would hold it. */
export function readModel(personaDocs: unknown): PersonaDocsModel {
  return readPersonaDocsConfig(
    new ConfigReader({ personaDocs } as ConstructorParameters<
      typeof ConfigReader
    >[0]),
  );
}
