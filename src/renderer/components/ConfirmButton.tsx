import { Button, type ButtonProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A destructive button that asks once, in place, instead of opening a dialog. */
export function ConfirmButton({ onConfirm, label, ...props }: ButtonProps & { onConfirm: () => void; label: string; 'aria-label'?: string }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    if (!asking) return;
    const timer = setTimeout(() => setAsking(false), 5_000);
    return () => clearTimeout(timer);
  }, [asking]);
  return (
    <Button
      size="compact-sm"
      variant={asking ? 'filled' : 'subtle'}
      color={asking ? 'red' : 'gray'}
      {...props}
      aria-label={asking ? t('common.confirmRemove') : props['aria-label']}
      onClick={() => {
        if (asking) {
          setAsking(false);
          onConfirm();
        } else setAsking(true);
      }}
    >
      {asking ? t('common.confirmRemove') : label}
    </Button>
  );
}
