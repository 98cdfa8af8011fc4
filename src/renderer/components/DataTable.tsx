import { Table, type TableProps } from '@mantine/core';
import classes from './DataTable.module.css';

/**
 * A table of records on a white ground. A cell with `data-numeric` holds a number or an ordinal:
 * it is aligned at the end and takes no more width than its content; a row with `data-inactive`
 * is greyed.
 */
export function DataTable(props: Omit<TableProps, 'className'>) {
  return <Table {...props} className={classes.table} />;
}
