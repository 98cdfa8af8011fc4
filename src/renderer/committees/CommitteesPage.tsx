import { Badge, Button, Checkbox, Modal, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useApi } from '../api/queries';
import { ARABIC_TEXT, ENGLISH_TEXT } from '../components/Bilingual';
import { DataTable } from '../components/DataTable';
import { Page } from '../components/Page';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { CommitteeForm } from './CommitteeForm';

export function CommitteesPage() {
  const { t, i18n } = useTranslation();
  const arabicFirst = i18n.language === 'ar';
  const navigate = useNavigate();
  const [showInactive, setShowInactive] = useState(false);
  const [creating, setCreating] = useState(false);
  const committees = useApi('committees.list', { includeInactive: showInactive });

  return (
    <Page>
      <PageHeader
        title={t('committees.title')}
        actions={
          <>
            <Checkbox label={t('common.showInactive')} checked={showInactive} onChange={(e) => setShowInactive(e.currentTarget.checked)} />
            <Button onClick={() => setCreating(true)}>{t('committees.new')}</Button>
          </>
        }
      />
      <QueryState isLoading={committees.isLoading} error={committees.error} />
      {committees.data && committees.data.length === 0 && <Text c="dimmed">{t('committees.empty')}</Text>}
      {committees.data && committees.data.length > 0 && (
        <DataTable highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('committee.name')}</Table.Th>
              <Table.Th>{t('committee.shortName')}</Table.Th>
              <Table.Th>{t('committee.quorum')}</Table.Th>
              <Table.Th>{t('committee.pattern')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {committees.data.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  {/* Both names, the interface language's first. */}
                  <Link to={`/committees/${c.id}`}>{arabicFirst && c.nameAr ? c.nameAr : c.name}</Link>
                  {c.nameAr && (
                    <Text size="xs" c="dimmed" {...(arabicFirst ? ENGLISH_TEXT : ARABIC_TEXT)}>
                      {arabicFirst ? c.name : c.nameAr}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{c.shortName}</Table.Td>
                <Table.Td>{t(`quorumRule.${c.quorumRule.startsWith('min:') ? 'min' : c.quorumRule}`)}{c.quorumRule.startsWith('min:') ? ` (${c.quorumRule.slice(4)})` : ''}</Table.Td>
                <Table.Td>
                  <code>{c.decisionNumberPattern}</code>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={c.active ? 'teal' : 'gray'}>
                    {c.active ? t('common.active') : t('common.inactive')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('committees.new')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <CommitteeForm onDone={(c) => navigate(`/committees/${c.id}`)} />
      </Modal>
    </Page>
  );
}
