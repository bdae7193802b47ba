import { Progress } from '@backstage/core-components';
import { RouterLink, useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import MaterialLink from '@material-ui/core/Link';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { localize } from '../../../model/localize';
import { DocsEntry, TechDocsTarget } from '../../../model/types';
import { DocsSite, InsideGroup } from '../../../search/insideDocs';
import { InsideDocsSearch } from '../../../search/useInsideDocsSearch';
import { DocsTargetHref } from '../../../techdocs/useDocsTargetHref';
import { personaDocsTranslationRef } from '../../../translation';
import { EntryLink } from '../../../components/entries/EntryLink';
import { useEntryTexts } from '../../../components/entries/useEntryTexts';
import { HighlightedText } from '../../../components/primitives/HighlightedText';

const useStyles = makeStyles(theme => ({
  root: { padding: theme.spacing(2), marginBottom: theme.spacing(3) },
  header: {
    display: 'flex',
    alignItems: 'baseline',
    flexWrap: 'wrap',
    gap: theme.spacing(1, 2),
  },
  title: { flexGrow: 1 },
  group: { marginTop: theme.spacing(2) },
  pages: { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(2.5) },
  page: { marginBottom: theme.spacing(1) },
}));

function siteEntry(site: DocsSite): DocsEntry {
  return {
    id: `site:${site.kind}:${site.namespace}/${site.name}`,
    target: {
      type: 'techdocs',
      entityRef: `${site.kind}:${site.namespace}/${site.name}`,
      ...site,
    },
    children: [],
  };
}

function GroupHeading(props: {
  group: InsideGroup;
  language?: string;
  hrefOf: DocsTargetHref;
}) {
  const { group, language, hrefOf } = props;
  const { t } = useTranslationRef(personaDocsTranslationRef);
  // Pages no entry covers are headed by their site, titled as TechDocs
  // titles it.
  const entry = group.entry ?? siteEntry(group.site);
  const { title } = useEntryTexts(
    entry,
    group.entry ? localize(entry, language) : {},
  );
  return (
    <Typography variant="h6" component="h3">
      {group.entry ? (
        <EntryLink entry={entry} hrefOf={hrefOf}>
          {title}
        </EntryLink>
      ) : (
        t('search.otherPages', { site: title })
      )}
    </Typography>
  );
}

/**
 * What Backstage Search found inside the persona's TechDocs sites, grouped
 * under the entries of the persona's tree.
 */
export function InsideDocsResults(props: {
  search: InsideDocsSearch;
  personaTitle: string;
  language?: string;
  hrefOf: DocsTargetHref;
}) {
  const { search, personaTitle, language, hrefOf } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  if (search.term === undefined) return null;
  const query = search.term;
  const count =
    search.groups?.reduce((sum, group) => sum + group.pages.length, 0) ?? 0;
  const summary = () => {
    if (search.failed) return t('search.failed');
    const missing =
      search.unanswered > 0
        ? ` ${t('search.unanswered', { count: search.unanswered })}`
        : '';
    if (count === 0) return `${t('search.none', { query })}${missing}`;
    return `${t('search.results', { count, query })}${missing}`;
  };
  return (
    <Paper
      component="section"
      variant="outlined"
      className={classes.root}
      aria-labelledby="persona-docs-inside-title"
    >
      <div className={classes.header}>
        <Typography
          variant="h5"
          component="h2"
          id="persona-docs-inside-title"
          className={classes.title}
        >
          {t('search.resultsTitle', { persona: personaTitle })}
        </Typography>
        <Button size="small" onClick={search.close}>
          {t('search.close')}
        </Button>
      </div>
      <Typography role="status" variant="body2" color="textSecondary">
        {search.loading ? '' : summary()}
      </Typography>
      {search.loading && <Progress />}
      {!search.loading &&
        search.groups?.map(group => (
          <div
            key={
              group.entry?.id ??
              `site:${group.site.kind}:${group.site.namespace}/${group.site.name}`
            }
            className={classes.group}
          >
            <GroupHeading group={group} language={language} hrefOf={hrefOf} />
            <ul className={classes.pages}>
              {group.pages.map(page => (
                <li key={page.path} className={classes.page}>
                  <MaterialLink
                    component={RouterLink}
                    href={hrefOf({
                      ...(siteEntry(page.site).target as TechDocsTarget),
                      path: page.path,
                    })}
                  >
                    <HighlightedText {...page.title} />
                  </MaterialLink>
                  {page.text.text && (
                    <Typography variant="body2" color="textSecondary">
                      <HighlightedText {...page.text} />
                    </Typography>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
    </Paper>
  );
}
