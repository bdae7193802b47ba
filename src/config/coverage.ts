import { CoverageSettings } from '../model/types';
import { ConfigNode } from './ConfigNode';
import { readEntityRefs } from './extras';
import { at } from './keyPath';
import { ProblemLog } from './problems';

const COVERAGE_KEYS = new Set(['viewers', 'staleAfterDays', 'fewEntries']);

const DEFAULTS = { staleAfterDays: 180, fewEntries: 3 };

/**
 * `personaDocs.coverage`: who sees the coverage view (everyone unless
 * `viewers` lists users or groups), and what counts as a stale site or a
 * thinly served persona.
 */
export function readCoverage(
  root: ConfigNode | undefined,
  log: ProblemLog,
): CoverageSettings {
  const node = root?.object('coverage', 'the defaults are used');
  if (!node) return { ...DEFAULTS };
  node.checkKeys(COVERAGE_KEYS);
  const viewers = readEntityRefs(node, 'viewers', 'group', log);
  const count = (key: keyof typeof DEFAULTS) => {
    const value = node.value(key);
    if (value === undefined) return DEFAULTS[key];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
      return value;
    }
    node.wrongType(
      at(node.path, key),
      'a whole number of 0 or more',
      value,
      `using ${DEFAULTS[key]}`,
    );
    return DEFAULTS[key];
  };
  return {
    ...(viewers && { viewers }),
    staleAfterDays: count('staleAfterDays'),
    fewEntries: count('fewEntries'),
  };
}
