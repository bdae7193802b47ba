import { DocsEntry } from '../../model/types';
import { DocsSiteInfo } from '../../techdocs/DocsSiteInfoLoader';
import { useDocsSiteInfo } from '../../techdocs/DocsSiteInfoContext';

/**
 * What a surface shows of an entry: its title and description in the
 * reader's language when config gives them, else what TechDocs says of its
 * site, else its site's name; and what TechDocs says of the site.
 */
export function useEntryTexts(
  entry: DocsEntry,
  own: { title?: string; description?: string },
): { title: string; description?: string; site?: DocsSiteInfo } {
  const techdocs = entry.target?.type === 'techdocs' ? entry.target : undefined;
  // A site's description describes the whole site, so it only stands in for
  // entries that point at the site itself, not at a page inside it.
  const siteDescription = !own.description && !techdocs?.path;
  const site = useDocsSiteInfo(techdocs, !own.title || siteDescription);
  return {
    title: own.title ?? site?.title ?? techdocs?.name ?? entry.id,
    description:
      own.description ?? (siteDescription ? site?.description : undefined),
    site,
  };
}
