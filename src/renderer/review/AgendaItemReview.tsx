import { useTranslation } from 'react-i18next';
import type { AgendaItemRecord } from '../../shared/domain';
import { CommentThread } from './CommentThread';

/** The chair's comments on one agenda item and on each of its decisions, under the item. */
export function AgendaItemReview({ item, number }: { item: AgendaItemRecord; number: number }) {
  const { t } = useTranslation();
  return (
    <CommentThread
      targets={[
        { type: 'agenda_item', id: item.id, label: t('review.onItem', { number }) },
        ...item.decisions.map((d) => ({ type: 'decision' as const, id: d.id, label: t('review.onDecision', { number: d.number }) })),
      ]}
      title={t('review.itemTitle', { number })}
      inputLabel={t('review.commentOnItem', { number })}
    />
  );
}
