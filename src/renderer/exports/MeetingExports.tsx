import { Button, Menu, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFile } from '../../shared/api/exports';
import { call } from '../api/call';
import { describeError } from '../api/errors';
import { getBridge } from '../api/transport';
import { useRegistry } from '../autosave/AutosaveContext';

function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

type Kind = 'minutes' | 'press' | 'decisions' | 'package';
const KINDS: Kind[] = ['minutes', 'press', 'decisions', 'package'];

async function produce(kind: Kind, meetingId: number): Promise<ExportFile> {
  if (kind === 'minutes') return call('exports.minutes', { meetingId });
  if (kind === 'press') return call('exports.press', { meetingId });
  if (kind === 'decisions') return call('exports.decisions', { meetingId });
  const pkg = await call('packages.export', { meetingId });
  const fileName = `meeting-${pkg.committee.shortName ?? 'committee'}-${pkg.meeting.number}.json`.replace(/[^\w.-]+/g, '-');
  return { fileName, base64: toBase64(JSON.stringify(pkg, null, 2)) };
}

/** Every export of one meeting, in one menu at the top of the editor. */
export function MeetingExports({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const registry = useRegistry();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(kind: Kind) {
    setBusy(true);
    setError(null);
    try {
      // A document must contain what is on screen, so pending edits are saved first.
      await registry.flushAll();
      const file = await produce(kind, meetingId);
      await getBridge().saveFile(file.fileName, file.base64);
    } catch (err) {
      setError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {error && (
        <Text size="xs" c="red.8" role="alert" maw={260}>
          {error}
        </Text>
      )}
      <Menu position="bottom-end" shadow="md" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={busy}>
            {t('exports.label')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {KINDS.map((kind) => (
            <Menu.Item key={kind} onClick={() => void run(kind)}>
              {t(`exports.${kind}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </>
  );
}

/** The action report of the tracker: open and overdue actions, for one committee or all. */
export function ActionReportButton({ committeeId }: { committeeId: number | null }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setBusy(true);
    setError(null);
    try {
      const file = await call('exports.actions', committeeId === null ? {} : { committeeId });
      await getBridge().saveFile(file.fileName, file.base64);
    } catch (err) {
      setError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      {error && (
        <Text size="xs" c="red.8" role="alert" maw={260}>
          {error}
        </Text>
      )}
      <Button variant="default" loading={busy} onClick={() => void run()}>
        {t('exports.actions')}
      </Button>
    </>
  );
}
