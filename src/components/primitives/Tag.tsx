import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  chip: {
    display: 'inline-flex',
    alignItems: 'center',
    boxSizing: 'border-box',
    height: 20,
    padding: theme.spacing(0, 1),
    border: `1px solid ${
      theme.palette.type === 'light'
        ? 'rgba(0, 0, 0, 0.23)'
        : 'rgba(255, 255, 255, 0.23)'
    }`,
    borderRadius: 10,
    fontFamily: theme.typography.fontFamily,
    fontSize: theme.typography.caption.fontSize,
    lineHeight: 1,
    whiteSpace: 'nowrap',
    color: theme.palette.text.primary,
  },
}));

/**
 * A small outlined label that looks like MUI's small outlined Chip. Rows of
 * a tree carry several; a plain span costs a fraction of a Chip to render,
 * and these labels do nothing a Chip adds (no click, delete or focus).
 */
export function Tag(props: {
  label: string;
  /** A longer explanation, shown on hover and read as the description. */
  title?: string;
  className?: string;
}) {
  const classes = useStyles();
  return (
    <span
      className={
        props.className ? `${classes.chip} ${props.className}` : classes.chip
      }
      title={props.title}
    >
      {props.label}
    </span>
  );
}
