import type { ComponentProps } from 'react';
import classes from './Page.module.css';

interface PageProps extends Omit<ComponentProps<'div'>, 'className'> {
  /** The pane's whole width, for editors side by side and wide tables. */
  wide?: boolean;
  /** The pane's height, for a screen whose list scrolls inside it rather than with the page. */
  fill?: boolean;
}

/** A screen in the main pane: its header, then its content, in one column. */
export function Page({ wide = false, fill = false, ...rest }: PageProps) {
  return <div {...rest} className={classes.page} data-wide={wide || undefined} data-fill={fill || undefined} />;
}
