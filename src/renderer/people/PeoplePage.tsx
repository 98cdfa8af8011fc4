import { Badge, Button, Checkbox, Group, Modal, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../shared/domain';
import { useApi, useApiMutation } from '../api/queries';
import { localized, personName } from '../app/format';
import { DataTable } from '../components/DataTable';
import { FormError } from '../components/FormError';
import { Page } from '../components/Page';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { HistoryButton } from '../history/HistoryDrawer';
import { PersonForm } from './PersonForm';

export function PeoplePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const people = useApi('people.list', { includeInactive: showInactive });
  const update = useApiMutation('people.update');

  return (
    <Page>
      <PageHeader
        title={t('people.title')}
        subtitle={t('people.subtitle')}
        actions={
          <>
            <Checkbox label={t('common.showInactive')} checked={showInactive} onChange={(e) => setShowInactive(e.currentTarget.checked)} />
            <Button onClick={() => setEditing('new')}>{t('people.new')}</Button>
          </>
        }
      />
      <QueryState isLoading={people.isLoading} error={people.error} />
      <FormError error={update.error} />
      {people.data?.length === 0 && <Text c="dimmed">{t('people.empty')}</Text>}
      {!!people.data?.length && (
        <DataTable highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('person.honorific')}</Table.Th>
              <Table.Th>{t('person.name')}</Table.Th>
              <Table.Th>{t('person.position')}</Table.Th>
              <Table.Th>{t('person.organisation')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              <Table.Th>
                <VisuallyHidden component="span">{t('common.rowActions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.data.map((p) => (
              <Table.Tr key={p.id} data-inactive={!p.active || undefined}>
                <Table.Td>{localized(p.honorific ?? '', p.honorificAr, lang)}</Table.Td>
                <Table.Td>{localized(p.name, p.nameAr, lang)}</Table.Td>
                <Table.Td>{localized(p.position ?? '', p.positionAr, lang)}</Table.Td>
                <Table.Td>{localized(p.organisation ?? '', p.organisationAr, lang)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={p.active ? 'teal' : 'gray'}>
                    {p.active ? t('common.active') : t('common.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="compact-sm" variant="subtle" onClick={() => setEditing(p)} aria-label={t('person.editNamed', { name: p.name })}>
                      {t('common.edit')}
                    </Button>
                    <HistoryButton targets={[{ entity: 'person', entityId: p.id, label: personName(p, lang) }]} label={t('history.ofNamed', { name: p.name })} />
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color={p.active ? 'gray' : 'teal'}
                      onClick={() => update.mutate({ id: p.id, active: !p.active })}
                      aria-label={t(p.active ? 'person.deactivateNamed' : 'person.reactivateNamed', { name: p.name })}
                    >
                      {p.active ? t('common.deactivate') : t('common.reactivate')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('people.new') : t('person.edit')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing !== null && <PersonForm person={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Page>
  );
}
