import { Badge } from '@mantine/core';
import classes from './DecisionNumber.module.css';

/** A decision's number as the committee's pattern wrote it, beside the decision's text. */
export function DecisionNumber({ number }: { number: string }) {
  return (
    <Badge variant="outline" color="blue" className={classes.badge}>
      {number}
    </Badge>
  );
}
