import { Textarea } from '@mantine/core';
import { ARABIC_TEXT, BilingualPair, ENGLISH_TEXT, useBilingualLabels } from '../components/Bilingual';

interface TextField {
  value: string | null | undefined;
  set: (value: string) => void;
  onBlur: () => void;
}

/**
 * An autosaved long text and its Arabic version side by side. `arabicId` is where a missing-text
 * link from a refused Arabic export lands; `name` distinguishes one agenda item's fields from
 * another's for screen readers.
 */
export function BilingualTextarea({
  label,
  description,
  name,
  english,
  arabic,
  arabicId,
  minRows,
  maxRows,
}: {
  label: string;
  description?: string;
  name?: string;
  english: TextField;
  arabic: TextField;
  arabicId: string;
  minRows: number;
  maxRows: number;
}) {
  const labels = useBilingualLabels();
  const field = (text: TextField) => ({
    value: text.value ?? '',
    onChange: (e: { currentTarget: { value: string } }) => text.set(e.currentTarget.value),
    onBlur: text.onBlur,
    autosize: true,
    minRows,
    maxRows,
    description,
  });
  return (
    <BilingualPair
      english={<Textarea {...ENGLISH_TEXT} {...field(english)} label={labels.en(label)} aria-label={name === undefined ? undefined : labels.en(name)} />}
      arabic={
        <Textarea {...ARABIC_TEXT} {...field(arabic)} id={arabicId} label={labels.ar(label)} aria-label={name === undefined ? undefined : labels.ar(name)} />
      }
    />
  );
}
