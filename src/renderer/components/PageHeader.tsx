import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './PageHeader.module.css';

/**
 * A screen's header row: the title block at the start, the actions at the end. An editor's
 * header is `sticky`: it stays in view, with its save state, while the record scrolls under it.
 */
export function PageHeaderBar({ sticky = false, children }: { sticky?: boolean; children: ReactNode }) {
  return (
    <header className={classes.header} data-sticky={sticky || undefined}>
      {children}
    </header>
  );
}

/** The title and what is written above or below it; it gives way to the actions when space runs out. */
export function PageTitleBlock({ children }: { children: ReactNode }) {
  return <div className={classes.title}>{children}</div>;
}

export function PageHeader({ title, subtitle, actions }: { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <PageHeaderBar>
      <PageTitleBlock>
        <Title order={1} size="h3">
          {title}
        </Title>
        {subtitle && (
          <Text size="sm" c="dimmed">
            {subtitle}
          </Text>
        )}
      </PageTitleBlock>
      {actions && (
        <Group gap="xs" wrap="nowrap">
          {actions}
        </Group>
      )}
    </PageHeaderBar>
  );
}
