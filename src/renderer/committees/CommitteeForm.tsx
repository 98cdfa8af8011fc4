import { Button, Group, NativeSelect, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Committee, QuorumRule } from '../../shared/domain';
import { useApiMutation } from '../api/queries';
import { ARABIC_TEXT, BilingualPair, ENGLISH_TEXT } from '../components/Bilingual';
import { FormError } from '../components/FormError';

const DEFAULT_PATTERN = '{year}/{meeting}/{seq}';

function splitRule(rule: QuorumRule): { kind: string; min: number } {
  return rule.startsWith('min:') ? { kind: 'min', min: Number(rule.slice(4)) } : { kind: rule, min: 3 };
}

interface Props {
  committee?: Committee;
  onDone: (c: Committee) => void;
  /** The field to start in, when the form was opened to fill it (an Arabic text a document needs). */
  focusField?: string | null;
}

export function CommitteeForm({ committee, onDone, focusField }: Props) {
  const { t } = useTranslation();
  const rule = splitRule(committee?.quorumRule ?? 'majority');
  const [name, setName] = useState(committee?.name ?? '');
  const [nameAr, setNameAr] = useState(committee?.nameAr ?? '');
  const [shortName, setShortName] = useState(committee?.shortName ?? '');
  const [legalBasis, setLegalBasis] = useState(committee?.legalBasis ?? '');
  const [legalBasisAr, setLegalBasisAr] = useState(committee?.legalBasisAr ?? '');
  const [pattern, setPattern] = useState(committee?.decisionNumberPattern ?? DEFAULT_PATTERN);
  const [ruleKind, setRuleKind] = useState(rule.kind);
  const [ruleMin, setRuleMin] = useState<number | string>(rule.min);
  const create = useApiMutation('committees.create');
  const update = useApiMutation('committees.update');
  const mutation = committee ? update : create;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const quorumRule = (ruleKind === 'min' ? `min:${Number(ruleMin) || 1}` : ruleKind) as QuorumRule;
    const fields = { name, nameAr, shortName, legalBasis, legalBasisAr, decisionNumberPattern: pattern, quorumRule };
    const saved = committee ? await update.mutateAsync({ id: committee.id, ...fields }) : await create.mutateAsync(fields);
    onDone(saved);
  }

  return (
    <form onSubmit={(e) => void submit(e).catch(() => undefined)} noValidate>
      <Stack gap="sm">
        <BilingualPair
          english={
            <TextInput
              {...ENGLISH_TEXT}
              label={t('committee.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              required
              data-autofocus={!focusField || undefined}
            />
          }
          arabic={
            <TextInput
              {...ARABIC_TEXT}
              label={t('committee.nameAr')}
              value={nameAr}
              onChange={(e) => setNameAr(e.currentTarget.value)}
              data-autofocus={focusField === 'nameAr' || undefined}
            />
          }
        />
        <TextInput label={t('committee.shortName')} value={shortName} onChange={(e) => setShortName(e.currentTarget.value)} />
        <BilingualPair
          english={
            <Textarea {...ENGLISH_TEXT} label={t('committee.legalBasis')} value={legalBasis} onChange={(e) => setLegalBasis(e.currentTarget.value)} autosize minRows={2} />
          }
          arabic={
            <Textarea
              {...ARABIC_TEXT}
              label={t('committee.legalBasisAr')}
              value={legalBasisAr}
              onChange={(e) => setLegalBasisAr(e.currentTarget.value)}
              autosize
              minRows={2}
              data-autofocus={focusField === 'legalBasisAr' || undefined}
            />
          }
        />
        <TextInput
          label={t('committee.pattern')}
          description={t('committee.patternHint')}
          value={pattern}
          onChange={(e) => setPattern(e.currentTarget.value)}
          required
        />
        <Group align="flex-end" grow>
          <NativeSelect
            label={t('committee.quorum')}
            value={ruleKind}
            onChange={(e) => setRuleKind(e.currentTarget.value)}
            data={['majority', 'two-thirds', 'all', 'min'].map((k) => ({ value: k, label: t(`quorumRule.${k}`) }))}
          />
          {ruleKind === 'min' && (
            <NumberInput label={t('committee.quorumMin')} min={1} max={999} allowDecimal={false} value={ruleMin} onChange={setRuleMin} />
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('committee.quorumHint')}
        </Text>
        <FormError error={mutation.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {committee ? t('common.save') : t('committee.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
