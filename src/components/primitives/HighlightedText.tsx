import { makeStyles } from '@material-ui/core/styles';
import { Fragment } from 'react';
import { TextRange } from '../../tree/types';

const useStyles = makeStyles(theme => ({
  mark: {
    backgroundColor:
      theme.palette.type === 'dark'
        ? theme.palette.warning.dark
        : theme.palette.warning.light,
    color: theme.palette.getContrastText(
      theme.palette.type === 'dark'
        ? theme.palette.warning.dark
        : theme.palette.warning.light,
    ),
    borderRadius: 2,
    padding: 0,
  },
}));

function MarkedText(props: { text: string; ranges: readonly TextRange[] }) {
  const { text, ranges } = props;
  const classes = useStyles();
  const parts = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at)
      parts.push(<Fragment key={at}>{text.slice(at, start)}</Fragment>);
    parts.push(
      <mark key={`m${start}`} className={classes.mark}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length)
    parts.push(<Fragment key={at}>{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}

/**
 * Text with the filter's matched characters marked. Text without matches
 * (most of a tree's rows) renders as it is, without a styles hook.
 */
export function HighlightedText(props: {
  text: string;
  ranges?: readonly TextRange[];
}) {
  const { text, ranges } = props;
  if (!ranges || ranges.length === 0) return <>{text}</>;
  return <MarkedText text={text} ranges={ranges} />;
}
