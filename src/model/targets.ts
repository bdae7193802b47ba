import { DocsTarget } from './types';

/**
 * A short text naming a target, for entries without a title of their own
 * (whose title TechDocs fills in later): the site's name and the page path,
 * such as `backstage-docs admin/installing`. Derived ids, search and the
 * page's first render all use it.
 */
export function targetLabel(target: DocsTarget | undefined): string {
  if (target?.type !== 'techdocs') return '';
  return target.path ? `${target.name} ${target.path}` : target.name;
}
