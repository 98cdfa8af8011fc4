import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router-dom';
import { ActionTracker } from '../actions/ActionTracker';
import { BackupSettings } from '../backup/BackupSettings';
import { CommitteePage } from '../committees/CommitteePage';
import { CommitteesPage } from '../committees/CommitteesPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { ImportPage } from '../importing/ImportPage';
import { MeetingEditor } from '../meetings/MeetingEditor';
import { MeetingsPage } from '../meetings/MeetingsPage';
import { PeoplePage } from '../people/PeoplePage';
import { PressPage } from '../press/PressPage';
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from '../session/idle';
import { useSession } from '../session/Session';
import { LanguageSwitch } from './LanguageSwitch';
import classes from './AppLayout.module.css';

const NAV = [
  { to: '/dashboard', key: 'nav.dashboard' },
  { to: '/meetings', key: 'nav.meetings' },
  { to: '/actions', key: 'nav.actions' },
  { to: '/committees', key: 'nav.committees' },
  { to: '/people', key: 'nav.people' },
  { to: '/import', key: 'nav.import' },
] as const;

function fileName(path: string | null): string {
  return path ? path.split(/[\\/]/).pop() ?? path : '';
}

export function AppLayout() {
  const { t } = useTranslation();
  const { status, lock } = useSession();
  const [settingsOpen, setSettingsOpen] = useState(false);

  return (
    <div className={classes.shell}>
      <a className={classes.skipLink} href="#main-content" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main-content')?.focus();
      }}>
        {t('nav.skip')}
      </a>
      <header className={classes.header}>
        <Group gap="sm" wrap="nowrap">
          <Text fw={700} size="md" className={classes.brand}>
            {t('app.name')}
          </Text>
          <Text size="sm" c="dimmed" title={status.path ?? undefined} className={classes.fileName}>
            {fileName(status.path)}
          </Text>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Text size="sm" c="dimmed" data-testid="actor">
            {t('app.workingAs', { name: status.actor })}
          </Text>
          <LanguageSwitch />
          <Button variant="subtle" color="gray" onClick={() => setSettingsOpen(true)}>
            {t('settings.open')}
          </Button>
          <Button variant="default" onClick={() => void lock('manual')}>
            {t('app.lock')}
          </Button>
        </Group>
      </header>
      <nav className={classes.nav} aria-label={t('nav.label')}>
        <ul>
          {NAV.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} className={classes.navLink}>
                {t(item.key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main-content" className={classes.main} tabIndex={-1}>
        <Routes>
          <Route path="/" element={<Navigate to="/meetings" replace />} />
          <Route path="/dashboard" element={<DashboardPage />} />
          <Route path="/meetings" element={<MeetingsPage />} />
          <Route path="/meetings/:meetingId" element={<MeetingEditor />} />
          <Route path="/meetings/:meetingId/press" element={<PressPage />} />
          <Route path="/actions" element={<ActionTracker />} />
          <Route path="/committees" element={<CommitteesPage />} />
          <Route path="/committees/:committeeId" element={<CommitteePage />} />
          <Route path="/people" element={<PeoplePage />} />
          <Route path="/import" element={<ImportPage />} />
          <Route path="*" element={<Navigate to="/meetings" replace />} />
        </Routes>
      </main>
      <SettingsModal opened={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </div>
  );
}

function SettingsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { idleMinutes, setIdleMinutes } = useSession();
  const [value, setValue] = useState<number | string>(idleMinutes);
  return (
    <Modal opened={opened} onClose={onClose} title={t('settings.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setIdleMinutes(Number(value));
          onClose();
        }}
      >
        <Stack gap="sm">
          <NumberInput
            label={t('settings.idleMinutes')}
            description={t('settings.idleHint', { min: MIN_IDLE_MINUTES, max: MAX_IDLE_MINUTES })}
            min={MIN_IDLE_MINUTES}
            max={MAX_IDLE_MINUTES}
            allowDecimal={false}
            value={value}
            onChange={setValue}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
      <BackupSettings />
    </Modal>
  );
}
