import { Config } from '@backstage/config';
import { PersonaDocsModel } from '../model/types';
import { readRootNode } from './ConfigNode';
import { readCoverage } from './coverage';
import { EntriesReader } from './entries';
import { freezeModel } from './freezeModel';
import { PersonaIds, readDefaultPersona, readPersonas } from './personas';
import { ProblemLog } from './problems';

const ROOT_KEYS = new Set([
  'title',
  'defaultPersona',
  'builtInPersonas',
  'personas',
  'sections',
  'coverage',
]);

/**
 * Reads the `personaDocs` app-config into the persona docs model.
 *
 * Never throws, whatever the config holds or the `Config` object does: each
 * mistake becomes a problem naming its key path, the offending entry or
 * field is dropped, and everything valid is kept. The model is frozen, so
 * what one reader of it changes, no other sees.
 */
export function readPersonaDocsConfig(config: Config): PersonaDocsModel {
  const log = new ProblemLog();
  const root = readRootNode(config, log);
  root?.checkKeys(ROOT_KEYS);
  const title = root?.string('title', 'title ignored');
  const personas = readPersonas(root, log);
  const personaIds = new PersonaIds(personas);
  const defaultPersona = root && readDefaultPersona(root, personaIds, log);
  const sections = new EntriesReader(log, personaIds).readSections(root);
  const coverage = readCoverage(root, log);
  return freezeModel({
    ...(title !== undefined && { title }),
    ...(defaultPersona !== undefined && { defaultPersona }),
    personas,
    sections,
    problems: log.list(),
    configured: sections.some(section => section.entries.length > 0),
    coverage,
  });
}
