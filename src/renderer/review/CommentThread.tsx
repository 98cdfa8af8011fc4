import { Anchor, Badge, Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewComment, ReviewTarget } from '../../shared/api/review';
import { useApi, useApiMutation } from '../api/queries';
import { FormError } from '../components/FormError';
import { formatInstant } from '../app/format';
import { useMeeting } from '../meetings/meetingContext';
import classes from './CommentThread.module.css';

interface CommentTarget {
  type: ReviewTarget;
  id: number;
  label: string;
}

const sameTarget = (c: ReviewComment, x: CommentTarget) => c.targetType === x.type && c.targetId === x.id;

/**
 * The chair's comments on one part of the minutes (an agenda item and its decisions, say),
 * beside that part. Left while in review; the secretary resolves them, also after the minutes
 * went back to draft. Approval waits until none is open.
 */
export function CommentThread({ targets, title, inputLabel }: { targets: CommentTarget[]; title: string; inputLabel: string }) {
  const { t } = useTranslation();
  const { record } = useMeeting();
  const { meeting } = record;
  const comments = useApi('review.list', { meetingId: meeting.id });
  const [showResolved, setShowResolved] = useState(false);
  const mine = (comments.data ?? []).filter((c) => targets.some((x) => sameTarget(c, x)));
  const open = mine.filter((c) => c.resolvedAt === null);
  const resolved = mine.filter((c) => c.resolvedAt !== null);
  const inReview = meeting.status === 'in_review';
  if (meeting.status === 'approved' || (!inReview && open.length === 0)) return null;
  const labelOf = (c: ReviewComment) => (targets.length > 1 ? targets.find((x) => sameTarget(c, x))?.label : undefined);

  return (
    <div className={classes.thread} role="group" aria-label={title}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {title}
        </Text>
        {open.length > 0 && (
          <Badge color="yellow" variant="light">
            {t('review.openCount', { count: open.length })}
          </Badge>
        )}
      </Group>
      {open.length > 0 && (
        <ul className={classes.comments}>
          {open.map((c) => (
            <CommentRow key={c.id} comment={c} on={labelOf(c)} />
          ))}
        </ul>
      )}
      {resolved.length > 0 && (
        <Anchor component="button" type="button" size="xs" onClick={() => setShowResolved((v) => !v)} aria-expanded={showResolved}>
          {showResolved ? t('review.hideResolved') : t('review.showResolved', { count: resolved.length })}
        </Anchor>
      )}
      {showResolved && (
        <ul className={classes.comments}>
          {resolved.map((c) => (
            <CommentRow key={c.id} comment={c} on={labelOf(c)} />
          ))}
        </ul>
      )}
      {inReview && <AddComment meetingId={meeting.id} targets={targets} inputLabel={inputLabel} />}
    </div>
  );
}

function CommentRow({ comment, on }: { comment: ReviewComment; on?: string }) {
  const { t, i18n } = useTranslation();
  const resolve = useApiMutation('review.resolve');
  const resolved = comment.resolvedAt !== null;
  return (
    <li className={classes.comment} data-resolved={resolved || undefined}>
      {on && (
        <Text size="xs" fw={600} c="dimmed">
          {on}
        </Text>
      )}
      <Text size="sm" className={classes.body}>
        {comment.body}
      </Text>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {resolved
            ? t('review.resolvedBy', { author: comment.author, by: comment.resolvedBy, at: formatInstant(comment.resolvedAt, i18n.language) })
            : t('review.byAt', { author: comment.author, at: formatInstant(comment.createdAt, i18n.language) })}
        </Text>
        {!resolved && (
          <Button
            size="compact-xs"
            variant="light"
            loading={resolve.isPending}
            onClick={() => resolve.mutate({ id: comment.id })}
            aria-label={t('review.resolveNamed', { body: comment.body.slice(0, 60) })}
          >
            {t('review.resolve')}
          </Button>
        )}
      </Group>
      <FormError error={resolve.error} />
    </li>
  );
}

function AddComment({ meetingId, targets, inputLabel }: { meetingId: number; targets: CommentTarget[]; inputLabel: string }) {
  const { t } = useTranslation();
  const [writing, setWriting] = useState(false);
  const [body, setBody] = useState('');
  const [target, setTarget] = useState('0');
  const add = useApiMutation('review.comment');

  if (!writing)
    return (
      <Group>
        <Button size="compact-sm" variant="subtle" onClick={() => setWriting(true)} aria-label={inputLabel}>
          {t('review.addComment')}
        </Button>
      </Group>
    );

  function submit(e: FormEvent) {
    e.preventDefault();
    const on = targets[Number(target)];
    if (!body.trim() || !on) return;
    add.mutate(
      { meetingId, targetType: on.type, targetId: on.id, body },
      {
        onSuccess: () => {
          setBody('');
          setWriting(false);
        },
      },
    );
  }

  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        {targets.length > 1 && (
          <NativeSelect
            label={t('review.on')}
            value={target}
            onChange={(e) => setTarget(e.currentTarget.value)}
            data={targets.map((x, i) => ({ value: String(i), label: x.label }))}
          />
        )}
        <Textarea aria-label={inputLabel} placeholder={t('review.placeholder')} value={body} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={2} autoFocus />
        <FormError error={add.error} />
        <Group gap="xs" justify="flex-end">
          <Button size="xs" variant="default" onClick={() => setWriting(false)}>
            {t('common.cancel')}
          </Button>
          <Button size="xs" type="submit" loading={add.isPending} disabled={!body.trim()}>
            {t('review.post')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
