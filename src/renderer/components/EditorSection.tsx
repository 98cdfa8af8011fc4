import type { ComponentProps } from 'react';
import classes from './EditorSection.module.css';

/** One part of a record being edited (its details, its attendance, a statement), framed apart from the next. */
export function EditorSection(props: Omit<ComponentProps<'section'>, 'className'>) {
  return <section {...props} className={classes.section} />;
}
