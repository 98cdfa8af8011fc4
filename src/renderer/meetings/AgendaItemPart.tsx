import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './AgendaItemPart.module.css';

/** A part of an agenda item's card (its decisions, its actions): a named group under a dashed rule. */
export function AgendaItemPart({ label, title, children }: { label: string; title: string; children: ReactNode }) {
  return (
    <div className={classes.part} role="group" aria-label={label}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {children}
    </div>
  );
}
