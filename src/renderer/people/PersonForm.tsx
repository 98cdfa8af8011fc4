import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../shared/domain';
import { useApiMutation } from '../api/queries';
import { ARABIC_TEXT, BilingualPair, ENGLISH_TEXT } from '../components/Bilingual';
import { FormError } from '../components/FormError';
import classes from './PersonForm.module.css';

const FIELDS = ['honorific', 'name', 'position', 'organisation'] as const;
type Field = (typeof FIELDS)[number] | `${(typeof FIELDS)[number]}Ar`;

interface Props {
  person?: Person;
  submitLabel?: string;
  onDone: (p: Person) => void | Promise<void>;
  /** The field to start in, when the form was opened to fill it (an Arabic text a document needs). */
  focusField?: string | null;
}

/** English and Arabic side by side, as both appear in minutes. */
export function PersonForm({ person, submitLabel, onDone, focusField }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, string>>(() => {
    const v = {} as Record<Field, string>;
    for (const f of FIELDS) {
      v[f] = person?.[f] ?? '';
      v[`${f}Ar`] = person?.[`${f}Ar`] ?? '';
    }
    return v;
  });
  const create = useApiMutation('people.create');
  const update = useApiMutation('people.update');
  const mutation = person ? update : create;
  const set = (f: Field) => (e: ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [f]: value }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const saved = person ? await update.mutateAsync({ id: person.id, ...values }) : await create.mutateAsync(values);
    await onDone(saved);
  }

  return (
    <form onSubmit={(e) => void submit(e).catch(() => undefined)} noValidate>
      <Stack gap="sm">
        <div className={classes.fields}>
          {FIELDS.map((f) => (
            <BilingualPair
              key={f}
              english={
                <TextInput
                  {...ENGLISH_TEXT}
                  label={t(`person.${f}`)}
                  value={values[f]}
                  onChange={set(f)}
                  required={f === 'name'}
                  data-autofocus={(!focusField && f === 'honorific') || undefined}
                />
              }
              arabic={
                <TextInput
                  {...ARABIC_TEXT}
                  label={t(`person.${f}Ar`)}
                  value={values[`${f}Ar`]}
                  onChange={set(`${f}Ar`)}
                  data-autofocus={focusField === `${f}Ar` || undefined}
                />
              }
            />
          ))}
        </div>
        <FormError error={mutation.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {submitLabel ?? (person ? t('common.save') : t('person.create'))}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
