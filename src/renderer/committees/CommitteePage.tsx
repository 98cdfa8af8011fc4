import { Badge, Button, Checkbox, Group, Modal, NativeSelect, SegmentedControl, Stack, Table, Tabs, Text, VisuallyHidden } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { ROLES, type Committee, type Membership, type Person, type Role } from '../../shared/domain';
import { useApi, useApiMutation } from '../api/queries';
import { localized, personName } from '../app/format';
import { DataTable } from '../components/DataTable';
import { FormError } from '../components/FormError';
import { Page } from '../components/Page';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { HistoryButton } from '../history/HistoryDrawer';
import { MeetingsTable } from '../meetings/MeetingsTable';
import { NewMeetingButton } from '../meetings/NewMeetingButton';
import { PersonForm } from '../people/PersonForm';
import { CommitteeForm } from './CommitteeForm';

export function CommitteePage() {
  const { t, i18n } = useTranslation();
  const committeeId = Number(useParams().committeeId);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'meetings' ? 'meetings' : 'members';
  // A link from a refused Arabic document opens the form at the text it needs (?edit=committee&field=nameAr).
  const [editing, setEditing] = useState(params.get('edit') === 'committee');
  const focusField = params.get('field');
  const committee = useApi('committees.get', { id: committeeId });
  const update = useApiMutation('committees.update');

  if (!committee.data) return <QueryState isLoading={committee.isLoading} error={committee.error} />;
  const c = committee.data;
  return (
    <Page>
      <PageHeader
        title={localized(c.name, c.nameAr, i18n.language)}
        subtitle={[c.shortName, localized(c.legalBasis ?? '', c.legalBasisAr, i18n.language)].filter(Boolean).join(' · ')}
        actions={
          <>
            {!c.active && <Badge color="gray">{t('common.inactive')}</Badge>}
            <HistoryButton targets={[{ entity: 'committee', entityId: c.id, label: localized(c.name, c.nameAr, i18n.language) }]} label={t('history.ofNamed', { name: c.name })} />
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('committee.edit')}
            </Button>
            <Button variant="subtle" color={c.active ? 'red' : 'teal'} onClick={() => update.mutate({ id: c.id, active: !c.active })}>
              {c.active ? t('committee.deactivate') : t('committee.reactivate')}
            </Button>
          </>
        }
      />
      <FormError error={update.error} />
      <Tabs value={tab} onChange={(v) => setParams(v === 'meetings' ? { tab: 'meetings' } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="members">{t('committee.members')}</Tabs.Tab>
          <Tabs.Tab value="meetings">{t('committee.meetings')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="members" pt="sm">
          <Roster committee={c} />
        </Tabs.Panel>
        <Tabs.Panel value="meetings" pt="sm">
          <Group justify="flex-end" mb="sm">
            <NewMeetingButton committeeId={c.id} />
          </Group>
          <MeetingsTable committeeId={c.id} />
        </Tabs.Panel>
      </Tabs>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('committee.edit')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <CommitteeForm committee={c} onDone={() => setEditing(false)} focusField={focusField} />
      </Modal>
    </Page>
  );
}

function Roster({ committee }: { committee: Committee }) {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const [showInactive, setShowInactive] = useState(false);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Person | null>(null);
  const members = useApi('memberships.list', { committeeId: committee.id, includeInactive: showInactive });
  // A link from a refused Arabic document opens that person's form (?person=7&field=nameAr), once.
  const requested = Number(params.get('person'));
  const [opened, setOpened] = useState<number | null>(null);
  useEffect(() => {
    const person = members.data?.find((m) => m.personId === requested)?.person;
    if (person && opened !== requested) {
      setOpened(requested);
      setEditing(person);
    }
  }, [members.data, requested, opened]);
  const setMembership = useApiMutation('memberships.set');
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Checkbox label={t('roster.showFormer')} checked={showInactive} onChange={(e) => setShowInactive(e.currentTarget.checked)} />
        <Button onClick={() => setAdding(true)}>{t('roster.add')}</Button>
      </Group>
      <QueryState isLoading={members.isLoading} error={members.error} />
      <FormError error={setMembership.error} />
      {members.data?.length === 0 && <Text c="dimmed">{t('roster.empty')}</Text>}
      {!!members.data?.length && (
        <DataTable highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('person.name')}</Table.Th>
              <Table.Th>{t('person.position')}</Table.Th>
              <Table.Th>{t('person.organisation')}</Table.Th>
              <Table.Th>{t('roster.role')}</Table.Th>
              <Table.Th>
                <VisuallyHidden component="span">{t('common.rowActions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data.map((m) => (
              <Table.Tr key={m.id} data-inactive={!m.active || undefined}>
                <Table.Td>
                  {personName(m.person, i18n.language)}
                  {!m.active && (
                    <Badge ms="xs" size="xs" color="gray" variant="light">
                      {t('roster.former')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{localized(m.person.position ?? '', m.person.positionAr, i18n.language)}</Table.Td>
                <Table.Td>{localized(m.person.organisation ?? '', m.person.organisationAr, i18n.language)}</Table.Td>
                <Table.Td>
                  <NativeSelect
                    size="xs"
                    aria-label={t('roster.roleOf', { name: m.person.name })}
                    value={m.role}
                    data={roleOptions}
                    onChange={(e) => setMembership.mutate({ committeeId: committee.id, personId: m.personId, role: e.currentTarget.value as Role, active: m.active })}
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="compact-sm" variant="subtle" onClick={() => setEditing(m.person)} aria-label={t('person.editNamed', { name: m.person.name })}>
                      {t('common.edit')}
                    </Button>
                    <MembershipToggle membership={m} onToggle={(active) => setMembership.mutate({ committeeId: committee.id, personId: m.personId, role: m.role, active })} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('roster.add')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
        {adding && <AddMember committee={committee} current={members.data ?? []} onDone={() => setAdding(false)} />}
      </Modal>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t('person.edit')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
        {editing && <PersonForm person={editing} onDone={() => setEditing(null)} focusField={editing.id === opened ? params.get('field') : null} />}
      </Modal>
    </Stack>
  );
}

function MembershipToggle({ membership, onToggle }: { membership: Membership; onToggle: (active: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      color={membership.active ? 'gray' : 'teal'}
      onClick={() => onToggle(!membership.active)}
      aria-label={t(membership.active ? 'roster.removeNamed' : 'roster.restoreNamed', { name: membership.person.name })}
    >
      {membership.active ? t('roster.remove') : t('roster.restore')}
    </Button>
  );
}

/** Adds someone already in the vault, or a new person, so nobody is entered twice. */
function AddMember({ committee, current, onDone }: { committee: Committee; current: Membership[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [role, setRole] = useState<Role>('member');
  const [personId, setPersonId] = useState('');
  const people = useApi('people.list', {});
  const setMembership = useApiMutation('memberships.set');
  const taken = new Set(current.filter((m) => m.active).map((m) => m.personId));
  const available = (people.data ?? []).filter((p) => !taken.has(p.id));
  const roleSelect = (
    <NativeSelect
      label={t('roster.role')}
      value={role}
      onChange={(e) => setRole(e.currentTarget.value as Role)}
      data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
    />
  );

  return (
    <Stack gap="sm">
      <SegmentedControl
        value={mode}
        onChange={(v) => setMode(v as 'new' | 'existing')}
        data={[
          { value: 'new', label: t('roster.newPerson') },
          { value: 'existing', label: t('roster.existingPerson') },
        ]}
        aria-label={t('roster.addHow')}
      />
      {roleSelect}
      {mode === 'new' ? (
        <PersonForm
          submitLabel={t('roster.addToCommittee')}
          onDone={async (p) => {
            await setMembership.mutateAsync({ committeeId: committee.id, personId: p.id, role });
            onDone();
          }}
        />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!personId) return;
            setMembership.mutate({ committeeId: committee.id, personId: Number(personId), role }, { onSuccess: onDone });
          }}
        >
          <Stack gap="sm">
            <NativeSelect
              label={t('roster.person')}
              value={personId}
              onChange={(e) => setPersonId(e.currentTarget.value)}
              data={[{ value: '', label: t('roster.choosePerson') }, ...available.map((p) => ({ value: String(p.id), label: [personName(p), p.organisation].filter(Boolean).join(' — ') }))]}
            />
            <FormError error={setMembership.error} />
            <Group justify="flex-end">
              <Button type="submit" disabled={!personId} loading={setMembership.isPending}>
                {t('roster.addToCommittee')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
