import { Button, Menu, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocLanguage, ExportFile } from '../../shared/api/exports';
import { fileNameOf } from '../../shared/fileNames';
import { ApiCallError, call } from '../api/call';
import { describeError } from '../api/errors';
import { getBridge } from '../api/transport';
import { useRegistry } from '../autosave/AutosaveContext';
import { isArabicGapPath } from '../meetings/arabicGaps';
import type { ArabicDocument } from '../meetings/ArabicGapsPanel';

function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

type Kind = 'minutes' | 'minutesAr' | 'press' | 'pressAr' | 'decisions' | 'package';
const KINDS: Kind[] = ['minutes', 'minutesAr', 'press', 'pressAr', 'decisions', 'package'];

const DOCUMENTS: Partial<Record<Kind, { document: ArabicDocument; lang: DocLanguage }>> = {
  minutes: { document: 'minutes', lang: 'en' },
  minutesAr: { document: 'minutes', lang: 'ar' },
  press: { document: 'press', lang: 'en' },
  pressAr: { document: 'press', lang: 'ar' },
};

/** A document of one meeting, saved where the host saves files (a dialog, or a download). */
export async function exportMeetingDocument(document: ArabicDocument, meetingId: number, lang: DocLanguage): Promise<void> {
  const file = document === 'minutes' ? await call('exports.minutes', { meetingId, lang }) : await call('exports.press', { meetingId, lang });
  await getBridge().saveFile(file.fileName, file.base64);
}

/** The issues of an Arabic document refused for want of Arabic texts; null for any other failure. */
export function missingArabic(err: unknown): { path: string; message: string }[] | null {
  if (!(err instanceof ApiCallError) || err.code !== 'VALIDATION' || err.issues.length === 0) return null;
  return err.issues.every((i) => isArabicGapPath(i.path)) ? err.issues : null;
}

async function produce(kind: Kind, meetingId: number): Promise<ExportFile> {
  const doc = DOCUMENTS[kind];
  if (doc?.document === 'minutes') return call('exports.minutes', { meetingId, lang: doc.lang });
  if (doc?.document === 'press') return call('exports.press', { meetingId, lang: doc.lang });
  if (kind === 'decisions') return call('exports.decisions', { meetingId });
  const pkg = await call('packages.export', { meetingId });
  const fileName = fileNameOf(`meeting-${pkg.committee.shortName ?? 'committee'}-${pkg.meeting.number}`, 'json');
  return { fileName, base64: toBase64(JSON.stringify(pkg, null, 2)) };
}

interface Props {
  meetingId: number;
  /** Told which Arabic texts a refused Arabic document needs, and told null once one is made. */
  onArabicGaps: (gaps: { document: ArabicDocument; issues: { path: string; message: string }[] } | null) => void;
}

/** Every export of one meeting, in one menu at the top of the editor. */
export function MeetingExports({ meetingId, onArabicGaps }: Props) {
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
      if (DOCUMENTS[kind]?.lang === 'ar') onArabicGaps(null);
    } catch (err) {
      const doc = DOCUMENTS[kind];
      const issues = doc?.lang === 'ar' ? missingArabic(err) : null;
      if (doc && issues) onArabicGaps({ document: doc.document, issues });
      else setError(describeError(t, err));
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
