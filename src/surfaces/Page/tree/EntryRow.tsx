import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { makeStyles } from '@material-ui/core/styles';
import DoneIcon from '@material-ui/icons/CheckCircleOutline';
import { memo } from 'react';
import { DocsEntry, Persona, TechDocsTarget } from '../../../model/types';
import { DocsSiteStatus } from '../../../techdocs/DocsSiteInfoLoader';
import { DocsTargetHref } from '../../../techdocs/useDocsTargetHref';
import { personaDocsTranslationRef } from '../../../translation';
import { TextRange, VisibleEntry } from '../../../tree/types';
import { EntryLink } from '../../../components/entries/EntryLink';
import { useEntryTexts } from '../../../components/entries/useEntryTexts';
import { HighlightedText } from '../../../components/primitives/HighlightedText';
import { SiteStatusTag } from './SiteStatusTag';
import { PersonaBadges } from './PersonaBadges';
import { VisuallyHidden } from '../../../components/primitives/VisuallyHidden';

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
  // Typography's body2 in the secondary colour, without a Typography per row.
  description: {
    ...theme.typography.body2,
    color: theme.palette.text.secondary,
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

/** Says that a learning-path step is done; rendered for done steps only. */
function DoneMark(props: { className: string }) {
  const { t } = useTranslationRef(personaDocsTranslationRef);
  return (
    <>
      <DoneIcon className={props.className} fontSize="small" aria-hidden />
      <VisuallyHidden>{` ${t('paths.stepDone')}`}</VisuallyHidden>
    </>
  );
}

/**
 * What the filter leaves as it is: the done mark, the site's status and the
 * persona badges. Memoised apart from the highlighted texts, so a keystroke
 * re-renders only what it changes.
 */
const EntryDetails = memo(function Details(props: {
  classes: { details: string; done: string };
  done?: boolean;
  techdocs?: TechDocsTarget;
  status?: DocsSiteStatus;
  badges?: readonly string[];
  personas: readonly Persona[];
}) {
  const { classes, done, techdocs, status, badges, personas } = props;
  return (
    <span className={classes.details}>
      {done && <DoneMark className={classes.done} />}
      {techdocs && (
        <SiteStatusTag status={status} entityRef={techdocs.entityRef} />
      )}
      {badges && <PersonaBadges personaIds={badges} personas={personas} />}
    </span>
  );
});

function EntryRowBody(props: {
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
  // The texts in the reader's language, as the index matched them.
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
        <EntryDetails
          classes={classes}
          done={done}
          techdocs={techdocs}
          status={site?.status}
          badges={badges}
          personas={personas}
        />
      </div>
      {description && (
        <div className={classes.description}>
          <HighlightedText
            text={description}
            ranges={node.description ? match?.description : undefined}
          />
        </div>
      )}
    </>
  );
}

function sameRanges(
  a: readonly TextRange[] | undefined,
  b: readonly TextRange[] | undefined,
) {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every(
    (range, i) => range.start === b[i].start && range.end === b[i].end,
  );
}

type RowProps = Parameters<typeof EntryRowBody>[0];

/**
 * Whether a row would look the same: each filter result is a new node
 * object, but an entry whose texts and matches stay as they were (an
 * ancestor kept open for its matches, say) need not render again.
 */
function sameRow(previous: RowProps, next: RowProps) {
  const a = previous.node;
  const b = next.node;
  return (
    a.entry === b.entry &&
    a.title === b.title &&
    a.description === b.description &&
    sameRanges(a.match?.title, b.match?.title) &&
    sameRanges(a.match?.description, b.match?.description) &&
    previous.badges === next.badges &&
    previous.personas === next.personas &&
    previous.onOpen === next.onOpen &&
    previous.hrefOf === next.hrefOf &&
    previous.done === next.done
  );
}

/**
 * The row of one entry in the docs tree: its link, TechDocs status,
 * persona badges and description, with filter matches highlighted.
 *
 * Memoised on what it shows: opening a branch, showing more or typing a
 * filter re-renders the tree, and rows that look the same stay as they
 * are.
 */
export const EntryRow = memo(EntryRowBody, sameRow);
