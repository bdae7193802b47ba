import { checkEntityRef } from '../model/entityRefs';
import { quote } from '../model/text';
import { LocalizedText } from '../model/types';
import { ConfigNode } from './ConfigNode';
import { at } from './keyPath';
import { ProblemLog } from './problems';

/** Language codes such as `de`, `pt-BR` or `zh-Hant`. */
const LANGUAGE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const TEXT_KEYS = new Set(['title', 'description']);

/**
 * `translations` of a persona, section or entry: per language code, a title
 * and description shown to readers of that language.
 */
export function readTranslations(
  node: ConfigNode,
  log: ProblemLog,
): Record<string, LocalizedText> | undefined {
  const map = node.object('translations', 'translations ignored');
  if (!map) return undefined;
  const translations: Record<string, LocalizedText> = {};
  for (const language of map.keys()) {
    if (!LANGUAGE.test(language)) {
      log.report(at(map.path, language), 'invalidLanguage', {
        language: quote(language),
      });
      continue;
    }
    const text = map.object(language, 'ignored');
    if (!text) continue;
    text.checkKeys(TEXT_KEYS);
    const title = text.string('title', 'title ignored');
    const description = text.string('description', 'description ignored');
    if (title !== undefined || description !== undefined) {
      translations[language] = {
        ...(title !== undefined && { title }),
        ...(description !== undefined && { description }),
      };
    }
  }
  return Object.keys(translations).length > 0 ? translations : undefined;
}

/**
 * A list of entity refs at `key`, as lowercase comparison keys, without
 * repeats: a persona's `groups` (kind defaults to group), an entry's
 * `entities` (kind defaults to component), the coverage view's `viewers`.
 * Refs that are not valid are reported and skipped.
 */
export function readEntityRefs(
  node: ConfigNode,
  key: string,
  defaultKind: string,
  log: ProblemLog,
): string[] | undefined {
  const items = node.list(key, 'a list of entity refs', `${key} ignored`);
  if (!items) return undefined;
  const path = at(node.path, key);
  const keys = new Set<string>();
  items.forEach((item, index) => {
    if (typeof item !== 'string') {
      node.wrongType(at(path, index), 'an entity ref string', item, 'ignored');
      return;
    }
    const check = checkEntityRef(item, defaultKind);
    if (!check.ok) {
      log.report(at(path, index), 'invalidEntityRef', {
        ref: quote(item),
        reason: check.reason,
        consequence: 'ignored',
      });
      return;
    }
    keys.add(check.key);
  });
  return [...keys];
}
