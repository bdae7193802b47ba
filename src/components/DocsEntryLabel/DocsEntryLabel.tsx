import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import DoneIcon from '@material-ui/icons/CheckCircleOutline';
import { memo } from 'react';
import { DocsEntry, Persona } from '../../model/types';
import { DocsTargetHref } from '../../techdocs/useDocsTargetHref';
import { personaDocsTranslationRef } from '../../translation';
import { VisibleEntry } from '../../tree/types';
import { EntryLink, useEntryTexts } from '../EntryLink';
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
  done: {
    color: theme.palette.success.main,
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
  personas: readonly Persona[];
  onOpen(entry: DocsEntry): void;
  /** Gives a target's href; one function for the whole page. */
  hrefOf: DocsTargetHref;
  /** A step of a learning path the reader has done. */
  done?: boolean;
}) {
  const { node, badges, personas, onOpen, hrefOf, done } = props;
  const { entry, match } = node;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  // The texts in the reader's language, as the index searched them.
  const { title, description, site } = useEntryTexts(entry, node);
  const techdocs = entry.target?.type === 'techdocs' ? entry.target : undefined;

  return (
    <>
      <div className={classes.row}>
        <EntryLink
          entry={entry}
          hrefOf={hrefOf}
          annotations={site?.annotations}
          onOpen={onOpen}
          // The link is not a tab stop of its own: the tree item is, and
          // Enter on it follows the link.
          linkProps={{ tabIndex: -1, [ENTRY_LINK_ATTRIBUTE]: '' }}
        >
          <HighlightedText
            text={title}
            ranges={node.title ? match?.title : undefined}
          />
        </EntryLink>
        <span className={classes.details}>
          {done && (
            <>
              <DoneIcon className={classes.done} fontSize="small" aria-hidden />
              <VisuallyHidden>{` ${t('paths.stepDone')}`}</VisuallyHidden>
            </>
          )}
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
            ranges={node.description ? match?.description : undefined}
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
