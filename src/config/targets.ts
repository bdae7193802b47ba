import { checkEntityRef } from '../model/entityRefs';
import { quote } from '../model/text';
import { DocsTarget } from '../model/types';
import { checkUrl, normaliseDocsPath } from '../model/urls';
import { ConfigNode } from './ConfigNode';
import { at } from './keyPath';
import { ProblemLog } from './problems';

/**
 * Where an entry leads: its `docs` (a TechDocs site, optionally with a
 * `path` inside it) or its `url`. A mistake in either costs the target, and
 * is reported; the caller decides whether the entry survives without one.
 */
export function readTarget(
  node: ConfigNode,
  log: ProblemLog,
): DocsTarget | undefined {
  const hasDocs = node.has('docs');
  const hasUrl = node.has('url');
  if (hasDocs && hasUrl) log.report(at(node.path, 'url'), 'docsAndUrl');
  if (!hasDocs) {
    if (node.has('path')) log.report(at(node.path, 'path'), 'pathWithoutDocs');
    return hasUrl ? readUrl(node, log) : undefined;
  }

  const docsPath = at(node.path, 'docs');
  const docs = node.value('docs');
  if (typeof docs !== 'string') {
    if (docs !== undefined) {
      node.wrongType(docsPath, 'an entity ref string', docs, 'docs ignored');
    }
    return undefined;
  }
  const check = checkEntityRef(docs, 'component');
  if (!check.ok) {
    log.report(docsPath, 'invalidEntityRef', {
      ref: quote(docs),
      reason: check.reason,
      consequence: 'docs ignored',
    });
    return undefined;
  }
  const { kind, namespace, name } = check.ref;
  const path = readDocsPath(node, log);
  return {
    type: 'techdocs',
    entityRef: check.entityRef,
    kind,
    namespace,
    name,
    ...(path !== undefined && { path }),
  };
}

function readDocsPath(node: ConfigNode, log: ProblemLog): string | undefined {
  const value = node.value('path');
  if (value === undefined) return undefined;
  const path = at(node.path, 'path');
  if (typeof value !== 'string') {
    node.wrongType(path, 'a string', value, 'path ignored');
    return undefined;
  }
  const normalised = normaliseDocsPath(value);
  if (normalised === undefined) {
    log.report(path, 'invalidPath', { path: quote(value) });
  }
  return normalised;
}

function readUrl(node: ConfigNode, log: ProblemLog): DocsTarget | undefined {
  const value = node.value('url');
  if (value === undefined) return undefined;
  const path = at(node.path, 'url');
  if (typeof value !== 'string') {
    node.wrongType(path, 'a string', value, 'url ignored');
    return undefined;
  }
  const checked = checkUrl(value);
  if (!checked.ok) {
    log.report(
      path,
      checked.reason === 'spaces' ? 'urlWithSpaces' : 'unsafeUrl',
      { url: quote(value) },
    );
    return undefined;
  }
  return { type: 'url', url: checked.url, external: checked.external };
}
