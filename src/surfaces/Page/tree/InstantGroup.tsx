import { TransitionProps } from '@material-ui/core/transitions';
import { ReactNode } from 'react';

/**
 * The child list of a tree item, shown and hidden without MUI's default
 * height animation. Opening a filter result can open hundreds of branches
 * at once; animating each one costs seconds of style and layout work and,
 * with React's concurrent rendering, can keep other transitions (such as
 * the persona menu closing) from finishing.
 */
export function InstantGroup(
  props: TransitionProps & {
    className?: string;
    children?: ReactNode;
    // Passed by TreeItem: the element and ARIA role of the child list.
    component?: 'ul';
    role?: string;
  },
) {
  if (!props.in) return null;
  return (
    <ul className={props.className} role={props.role ?? 'group'}>
      {props.children}
    </ul>
  );
}
