import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { makeStyles } from '@material-ui/core/styles';
import ChevronRightIcon from '@material-ui/icons/ChevronRight';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import TreeItem from '@material-ui/lab/TreeItem';
import TreeView from '@material-ui/lab/TreeView';
import {
  KeyboardEvent,
  ReactNode,
  startTransition,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { personaDocsTranslationRef } from '../../../translation';
import { VisibleEntry } from '../../../tree/types';
import { ENTRY_LINK_ATTRIBUTE } from './EntryRow';
import {
  CHILDREN_PAGE_SIZE,
  FILL_DELAY_MS,
  initialExpandedIds,
  ROWS_PER_FRAME,
} from './initialTreeState';
import { InstantGroup } from './InstantGroup';

const useStyles = makeStyles(theme => ({
  item: {
    '&:focus > $content, &$selected > $content': {
      backgroundColor: theme.palette.action.focus,
    },
  },
  content: {
    alignItems: 'flex-start',
    padding: theme.spacing(0.5, 0),
    borderRadius: theme.shape.borderRadius,
    // Rows off screen skip style, layout and paint until scrolled to; the
    // size is a row's until one has been measured.
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 36px',
  },
  iconContainer: {
    marginTop: theme.spacing(0.75),
  },
  label: {
    paddingLeft: theme.spacing(0.5),
  },
  selected: {},
  more: {
    color: theme.palette.primary.main,
    fontWeight: theme.typography.fontWeightMedium as number,
    padding: theme.spacing(0.5, 0),
  },
}));

interface TreeState {
  entries: readonly VisibleEntry[];
  expanded: string[];
  /** How many children each parent shows; missing means one page. */
  limits: Map<string, number>;
  /** An entry to focus once it renders, after "Show more". */
  focusId?: string;
  /**
   * Rows to render, in reading order: a new result fills in a frame at a
   * time; what the reader opens renders at once.
   */
  rows: number;
}

const ROOT = '';

/**
 * The DOM id of an entry's tree item, so "Show more" can move focus to the
 * first entry it revealed.
 */
function entryDomId(entryId: string) {
  return `persona-docs-entry-${entryId}`;
}

function freshState(
  entries: readonly VisibleEntry[],
  filtering: boolean,
): TreeState {
  return {
    entries,
    expanded: initialExpandedIds(entries, filtering),
    limits: new Map(),
    rows: ROWS_PER_FRAME,
  };
}

/**
 * One section's entries as a WAI-ARIA tree (MUI TreeView): arrow keys move
 * and open, Home/End jump, typing a letter jumps to the next entry starting
 * with it, and Enter opens an entry's link (or, for a group without one,
 * opens the group). Long lists render a page at a time.
 */
export function DocsTree(props: {
  label: string;
  entries: readonly VisibleEntry[];
  filtering: boolean;
  renderRow(node: VisibleEntry): ReactNode;
}) {
  const { label, entries, filtering, renderRow } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const [stored, setState] = useState(() => freshState(entries, filtering));
  // A new filter result starts from its own opened branches.
  let state = stored;
  if (stored.entries !== entries) {
    state = freshState(entries, filtering);
    setState(state);
  }

  const expanded = useMemo(() => new Set(state.expanded), [state.expanded]);
  const focusId = state.focusId;
  useEffect(() => {
    if (focusId) document.getElementById(entryDomId(focusId))?.focus();
  }, [focusId]);

  /** Shows the next page of a parent's children and focuses its first. */
  const showMore = (parentId: string, siblings: readonly VisibleEntry[]) =>
    setState(current => {
      const shown = current.limits.get(parentId) ?? CHILDREN_PAGE_SIZE;
      const limits = new Map(current.limits);
      limits.set(
        parentId,
        Math.min(siblings.length, shown + CHILDREN_PAGE_SIZE),
      );
      return {
        ...current,
        limits,
        focusId: siblings[shown]?.entry.id,
        rows: Infinity,
      };
    });

  const openOnEnter = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
    // Only the item's own row: nested items have links of their own.
    const link =
      event.currentTarget.firstElementChild?.querySelector<HTMLElement>(
        `[${ENTRY_LINK_ATTRIBUTE}]`,
      );
    if (!link) return;
    // Stopping the event here, in the capture phase, keeps TreeView from
    // also toggling a group that has a link of its own.
    event.preventDefault();
    event.stopPropagation();
    link.click();
  };

  // Rows left to render in this frame; the rest of the result follows.
  let rowsLeft = state.rows;
  let cut = false;
  const renderNodes = (
    nodes: readonly VisibleEntry[],
    parentId: string,
  ): ReactNode[] => {
    const limit = state.limits.get(parentId) ?? CHILDREN_PAGE_SIZE;
    const items: ReactNode[] = [];
    for (const node of nodes.slice(0, limit)) {
      if (rowsLeft <= 0) {
        cut = true;
        return items;
      }
      rowsLeft--;
      const id = node.entry.id;
      const hasChildren = node.children.length > 0;
      const children =
        hasChildren && expanded.has(id) ? renderNodes(node.children, id) : [];
      items.push(
        <TreeItem
          key={id}
          nodeId={id}
          id={entryDomId(id)}
          label={renderRow(node)}
          TransitionComponent={InstantGroup}
          onKeyDownCapture={openOnEnter}
          classes={{
            root: classes.item,
            content: classes.content,
            iconContainer: classes.iconContainer,
            label: classes.label,
            selected: classes.selected,
          }}
        >
          {/* Closed branches, and open ones whose rows are still to come,
              render a placeholder so the item stays expandable without
              building its whole subtree. */}
          {hasChildren &&
            (children.length > 0 ? children : [<span key="closed" />])}
        </TreeItem>,
      );
    }
    if (nodes.length > limit) {
      const moreId = `${parentId}::more`;
      items.push(
        <TreeItem
          key={moreId}
          nodeId={moreId}
          label={
            <span className={classes.more}>
              {t('section.showMore', {
                next: String(
                  Math.min(CHILDREN_PAGE_SIZE, nodes.length - limit),
                ),
                total: String(nodes.length),
              })}
            </span>
          }
          onClick={() => showMore(parentId, nodes)}
          onKeyDownCapture={(event: KeyboardEvent<HTMLLIElement>) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              event.stopPropagation();
              showMore(parentId, nodes);
            }
          }}
          classes={{ root: classes.item, content: classes.content }}
        />,
      );
    }
    return items;
  };

  const items = renderNodes(entries, ROOT);
  const filling = state.rows > ROWS_PER_FRAME;
  useEffect(() => {
    if (!cut) return undefined;
    const fill = () =>
      startTransition(() =>
        setState(current =>
          current.entries === entries
            ? { ...current, rows: current.rows + ROWS_PER_FRAME }
            : current,
        ),
      );
    // Filling starts once the result has stayed a moment, then goes on a
    // frame at a time.
    if (filling) {
      fill();
      return undefined;
    }
    const timer = setTimeout(fill, FILL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [cut, entries, filling, state.rows]);

  return (
    <TreeView
      aria-label={label}
      expanded={state.expanded}
      onNodeToggle={(_, ids: string[]) =>
        setState(current => ({
          ...current,
          expanded: ids,
          focusId: undefined,
          rows: Infinity,
        }))
      }
      defaultCollapseIcon={<ExpandMoreIcon />}
      defaultExpandIcon={<ChevronRightIcon />}
    >
      {items}
    </TreeView>
  );
}
