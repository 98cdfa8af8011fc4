import { Button, Drawer, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../shared/domain';
import { useApi } from '../api/queries';
import { QueryState } from '../components/QueryState';
import { auditLines, humanise, type AuditLine, type AuditValue } from './auditDetail';
import { formatInstant } from '../app/format';
import classes from './HistoryDrawer.module.css';

export type HistoryEntity = 'meeting' | 'agenda_item' | 'decision' | 'action_item' | 'person' | 'committee';

export interface HistoryTarget {
  entity: HistoryEntity;
  entityId: number;
  label: string;
}

/** Where a coded value (a status, a classification) has its name in the locale. */
const VALUE_GROUPS: Record<string, string[]> = {
  status: ['meetingStatus', 'actionStatus'],
  implementationStatus: ['implementationStatus'],
  classification: ['classification'],
  role: ['role'],
};

function useValueText() {
  const { t, i18n } = useTranslation();
  return (field: string, text: string): string => {
    const key = (VALUE_GROUPS[field] ?? []).map((group) => `${group}.${text}`).find((k) => i18n.exists(k));
    return key ? t(key) : text;
  };
}

function Value({ field, value }: { field: string; value: AuditValue }) {
  const { t } = useTranslation();
  const valueText = useValueText();
  switch (value.kind) {
    case 'empty':
      return (
        <Text span size="sm" c="dimmed" fs="italic">
          {t('history.empty')}
        </Text>
      );
    case 'flag':
      return <span>{value.value ? t('history.yes') : t('history.no')}</span>;
    case 'attendance': {
      const status = t(`attendanceStatus.${value.status}`, { defaultValue: value.status });
      return <span>{value.representedBy ? t('history.representedBy', { status, name: value.representedBy }) : status}</span>;
    }
    case 'long':
      return (
        <span title={t('history.digest', { digest: value.digest })}>
          {t('history.longStart', { start: value.start })}{' '}
          <Text span size="xs" c="dimmed">
            {t('history.longLength', { count: value.length })}
          </Text>
        </span>
      );
    case 'text':
      return <span>{valueText(field, value.text)}</span>;
  }
}

function Line({ line }: { line: AuditLine }) {
  const { t } = useTranslation();
  const label = line.field ? t(`fields.${line.field}`, { defaultValue: humanise(line.field) }) : t('history.detail');
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {'value' in line ? (
          <span className={classes.value}>
            <Value field={line.field} value={line.value} />
          </span>
        ) : (
          <>
            <span className={`${classes.value} ${classes.before}`} data-testid="history-before">
              <Value field={line.field} value={line.before} />
            </span>
            <span className={classes.arrow} aria-label={t('history.changedTo')}>
              {t('history.arrow')}
            </span>
            <span className={`${classes.value} ${classes.after}`} data-testid="history-after">
              <Value field={line.field} value={line.after} />
            </span>
          </>
        )}
      </dd>
    </>
  );
}

function Entry({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const lines = auditLines(entry.detail);
  const action = t(`history.action.${entry.action.replace(/\./g, '_')}`, { defaultValue: humanise(entry.action.replace(/\./g, ' ')) });
  return (
    <li className={classes.entry}>
      <div className={classes.meta}>
        <Text size="sm" fw={600}>
          {action}
        </Text>
        <Text size="xs" c="dimmed">
          {t('history.byAt', { actor: entry.actor, at: formatInstant(entry.at, i18n.language) })}
        </Text>
      </div>
      {lines.length > 0 && (
        <dl className={classes.lines}>
          {lines.map((line) => (
            <Line key={line.field} line={line} />
          ))}
        </dl>
      )}
    </li>
  );
}

function Entries({ target }: { target: HistoryTarget }) {
  const { t } = useTranslation();
  // Edits in the editor are saved without a query refresh, so the trail is read afresh each time.
  const history = useApi('audit.history', { entity: target.entity, entityId: target.entityId });
  if (!history.data) return <QueryState isLoading={history.isLoading} error={history.error} />;
  if (history.data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('history.none')}
      </Text>
    );
  return (
    <ol className={classes.list} aria-label={t('history.entriesOf', { label: target.label })}>
      {[...history.data].reverse().map((entry) => (
        <Entry key={entry.id} entry={entry} />
      ))}
    </ol>
  );
}

/**
 * Who changed what and when, newest first, from the vault's audit trail. With several
 * `targets` (a meeting and its items, say) the reader picks the record.
 */
export function HistoryDrawer({ targets, opened, onClose }: { targets: HistoryTarget[]; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(0);
  const target = targets[chosen] ?? targets[0];
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={520}
      lockScroll={false}
      title={t('history.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        {targets.length > 1 ? (
          <NativeSelect
            label={t('history.record')}
            value={String(chosen)}
            onChange={(e) => setChosen(Number(e.currentTarget.value))}
            data={targets.map((x, i) => ({ value: String(i), label: x.label }))}
          />
        ) : (
          <Text size="sm" fw={600}>
            {target.label}
          </Text>
        )}
        {opened && target && <Entries key={`${target.entity}:${target.entityId}`} target={target} />}
      </Stack>
    </Drawer>
  );
}

/** A "History" button that opens the drawer for one record, or several to choose from. */
export function HistoryButton({ targets, label }: { targets: HistoryTarget[]; label: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size="compact-sm" variant="subtle" color="gray" onClick={() => setOpened(true)} aria-label={label}>
        {t('history.open')}
      </Button>
      <HistoryDrawer targets={targets} opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
