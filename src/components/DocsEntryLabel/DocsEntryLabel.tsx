import { RouterLink, useTranslationRef } from '@backstage/frontend-plugin-api';
import MaterialLink from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import OpenInNewIcon from '@material-ui/icons/OpenInNew';
import { memo, ReactNode } from 'react';
import { DocsEntry, Persona } from '../../model/types';
import { useDocsSiteInfo } from '../../techdocs/DocsSiteInfoContext';
import { DocsTargetHref } from '../../techdocs/useDocsTargetHref';
import { personaDocsTranslationRef } from '../../translation';
import { VisibleEntry } from '../../tree/types';
import { HighlightedText } from '../HighlightedText';
import { DocsSiteStatusChip } from '../DocsSiteStatusChip';
import { PersonaBadges } from '../PersonaBadges';
import { VisuallyHidden } from '../VisuallyHidden';

const useStyles = makeStyles(theme => ({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    padding: theme.spacing(0.25, 0),
  },
  title: {
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  newTabIcon: {
    marginLeft: theme.spacing(0.5),
    verticalAlign: 'text-bottom',
  },
  details: {
    display: 'inline-flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  },
}));

/**
 * Marks the one link of an entry, which the tree clicks when a reader presses
 * Enter on the entry.
 */
export const ENTRY_LINK_ATTRIBUTE = 'data-persona-docs-entry-link';

function EntryLabel(props: {
  node: VisibleEntry;
  /** Persona ids to show as badges; no badges when undefined. */
  badges?: readonly string[];
  personas: Persona[];
  onOpen(entry: DocsEntry): void;
  /** Gives a target's href; one function for the whole page. */
  hrefOf: DocsTargetHref;
}) {
  const { node, badges, personas, onOpen, hrefOf } = props;
  const { entry, match } = node;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const techdocs = entry.target?.type === 'techdocs' ? entry.target : undefined;
  // A site's description describes the whole site, so it only stands in for
  // entries that point at the site itself, not at a page inside it.
  const siteDescription = !entry.description && !techdocs?.path;
  const site = useDocsSiteInfo(techdocs, !entry.title || siteDescription);

  const title = entry.title ?? site?.title ?? techdocs?.name ?? entry.id;
  const description =
    entry.description ?? (siteDescription ? site?.description : undefined);
  const link = entry.target?.type === 'url' ? entry.target : undefined;
  const external = link?.external ?? false;
  // mailto links open the mail client; only web pages get a new tab.
  const newTab = external && /^https?:/.test(link!.url);

  const titleText = (
    <HighlightedText
      text={title}
      ranges={entry.title ? match?.title : undefined}
    />
  );
  // The link is not a tab stop of its own: the tree item is, and Enter on it
  // follows the link.
  const linkProps = {
    tabIndex: -1,
    className: classes.title,
    [ENTRY_LINK_ATTRIBUTE]: '',
    onClick: () => onOpen(entry),
  };

  let titleElement: ReactNode;
  if (entry.target) {
    titleElement = (
      <MaterialLink
        component={RouterLink}
        href={hrefOf(entry.target, site?.annotations)}
        {...linkProps}
        {...(newTab && { target: '_blank', rel: 'noopener noreferrer' })}
      >
        {titleText}
        {newTab && (
          <>
            <OpenInNewIcon
              className={classes.newTabIcon}
              fontSize="inherit"
              aria-hidden
            />
            <VisuallyHidden>{` ${t('entry.opensInNewTab')}`}</VisuallyHidden>
          </>
        )}
      </MaterialLink>
    );
  } else {
    titleElement = <span className={classes.title}>{titleText}</span>;
  }

  return (
    <>
      <div className={classes.row}>
        {titleElement}
        <span className={classes.details}>
          {techdocs && (
            <DocsSiteStatusChip
              status={site?.status}
              entityRef={techdocs.entityRef}
            />
          )}
          {badges && <PersonaBadges personaIds={badges} personas={personas} />}
        </span>
      </div>
      {description && (
        <Typography variant="body2" color="textSecondary" component="div">
          <HighlightedText
            text={description}
            ranges={entry.description ? match?.description : undefined}
          />
        </Typography>
      )}
    </>
  );
}

/**
 * The label of one entry in the docs tree: its link, TechDocs status,
 * persona badges and description, with search matches highlighted.
 *
 * Memoised: opening a branch or showing more re-renders the tree, and
 * the labels of entries already shown stay as they are.
 */
export const DocsEntryLabel = memo(EntryLabel);
