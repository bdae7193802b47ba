import { makeStyles } from '@material-ui/core/styles';
import { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

/**
 * Text for screen readers only, such as a live summary of what changed.
 */
export function VisuallyHidden(props: {
  children: ReactNode;
  role?: 'status';
}) {
  const classes = useStyles();
  return (
    <span
      className={classes.root}
      role={props.role}
      aria-live={props.role === 'status' ? 'polite' : undefined}
    >
      {props.children}
    </span>
  );
}
