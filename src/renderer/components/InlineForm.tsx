import type { ComponentProps } from 'react';
import classes from './InlineForm.module.css';

/** A field and its button on one line, aligned at the bottom: the field, first, takes the room the button leaves. */
export function InlineForm(props: Omit<ComponentProps<'form'>, 'className'>) {
  return <form {...props} className={classes.form} />;
}
